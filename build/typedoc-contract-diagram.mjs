// @ts-check
// Draws the contract as a Mermaid class diagram atop the API reference:
// which type extends which, which member holds which type, and what each
// function takes and gives back, from the reflections the pages come from.
import {
  Comment,
  Converter,
  makeRecursiveVisitor,
  ReflectionKind,
} from 'typedoc';

/** @typedef {import('typedoc').SomeType} SomeType */
/** @typedef {import('typedoc').TypeParameterReflection} TypeParameter */

/** @param {import('typedoc').ProjectReflection} project */
function contractDiagram(project) {
  const declarations = (project.children ?? [])
    .filter((child) =>
      child.kindOf(ReflectionKind.Interface | ReflectionKind.TypeAlias),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
  const names = new Set(declarations.map(({ name }) => name));

  /**
   * The exported types `type` refers to; a type parameter of `parameters`
   * stands for its constraint.
   *
   * @param {SomeType | undefined} type
   * @param {TypeParameter[]} parameters
   * @returns {string[]}
   */
  const referenced = (type, parameters) => {
    /** @type {string[]} */
    const found = [];
    const reference = (/** @type {import('typedoc').ReferenceType} */ ref) => {
      if (ref.refersToTypeParameter) {
        const parameter = parameters.find(({ name }) => name === ref.name);
        found.push(...referenced(parameter?.type, []));
      } else if (ref.reflection?.parent === project && names.has(ref.name)) {
        found.push(ref.name);
      }
    };
    type?.visit(makeRecursiveVisitor({ reference }));
    return found;
  };

  /** @type {Set<string>} Lines such as `A <|-- B` or `A ..> B : label`. */
  const relations = new Set();
  /**
   * Relates a member of `owner`, or the type alias `owner` when `member` is
   * '', to what a function takes and gives back, or what a type holds.
   *
   * @param {string} owner
   * @param {string} member
   * @param {SomeType | undefined} type
   */
  const relateType = (owner, member, type) => {
    const signatures =
      type?.type === 'reflection' ? type.declaration.signatures : undefined;
    if (!signatures) {
      for (const target of referenced(type, [])) {
        relations.add(`${owner} --> ${target}${member && ` : ${member}`}`);
      }
    }
    const label = (/** @type {string} */ verb) =>
      member ? `${member} ${verb}` : verb;
    for (const signature of signatures ?? []) {
      const parameters = signature.typeParameters ?? [];
      for (const parameter of signature.parameters ?? []) {
        for (const target of referenced(parameter.type, parameters)) {
          relations.add(`${owner} ..> ${target} : ${label('takes')}`);
        }
      }
      for (const target of referenced(signature.type, parameters)) {
        relations.add(`${owner} ..> ${target} : ${label('gives back')}`);
      }
    }
  };

  const classes = [];
  for (const declaration of declarations) {
    const { name } = declaration;
    classes.push(`class ${name}`);
    if (declaration.kindOf(ReflectionKind.TypeAlias)) {
      classes.push(`<<type>> ${name}`);
      for (const parameter of declaration.typeParameters ?? []) {
        for (const target of referenced(parameter.type, [])) {
          relations.add(`${name} ..> ${target} : ${parameter.name} extends`);
        }
      }
      relateType(name, '', declaration.type);
    }
    for (const base of declaration.extendedTypes ?? []) {
      for (const target of referenced(base, [])) {
        relations.add(`${target} <|-- ${name}`);
      }
    }
    for (const member of declaration.children ?? []) {
      if (!member.inheritedFrom) relateType(name, member.name, member.type);
    }
  }
  return ['classDiagram', ...classes, ...relations].join('\n  ');
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, ({ project }) => {
    const comment = project.comment ?? new Comment();
    comment.summary.push(
      { kind: 'text', text: '\n\nHow the types relate:\n\n' },
      {
        kind: 'code',
        text: `\`\`\`mermaid\n${contractDiagram(project)}\n\`\`\``,
      },
    );
    project.comment = comment;
  });
}

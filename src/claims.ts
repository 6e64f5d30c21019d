/**
 * The `address` claim of OpenID Connect Core 1.0, section 5.1.1: the user's
 * preferred postal address. Every member is optional, as a provider sends the
 * parts it knows.
 *
 * @example
 * ```ts
 * import type { AddressClaim } from '@ballware/identity-interface';
 *
 * const address: AddressClaim = {
 *   street_address: 'Hauptstraße 1',
 *   postal_code: '10115',
 *   locality: 'Berlin',
 *   country: 'Germany',
 * };
 * ```
 */
export interface AddressClaim {
  /**
   * The whole address as it is displayed or printed on a label. Its lines may
   * be separated by `"\r\n"` or by `"\n"`.
   */
  formatted?: string;
  /**
   * The street address: house number and street name, a post office box, or
   * several lines separated by `"\r\n"` or `"\n"`.
   */
  street_address?: string;
  /** The city or locality. */
  locality?: string;
  /** The state, province, prefecture or region. */
  region?: string;
  /** The zip code or postal code. */
  postal_code?: string;
  /** The name of the country. */
  country?: string;
}

/**
 * The standard claims of OpenID Connect Core 1.0, section 5.1, with the names
 * and JSON types the specification gives them. An identity provider sends
 * them in its user info response and in ID tokens. Every member is optional:
 * which claims arrive depends on the scopes the user granted and on the
 * provider.
 *
 * @example
 * ```ts
 * import type { StandardClaims } from '@ballware/identity-interface';
 *
 * function displayName(claims: StandardClaims): string {
 *   return claims.name ?? claims.preferred_username ?? claims.sub ?? 'unknown';
 * }
 * ```
 */
export interface StandardClaims {
  /** The identifier of the user at the issuer, never reassigned. */
  sub?: string;
  /**
   * The user's full name for display, with every part of it and possibly
   * titles and suffixes, in the order of the user's locale and preferences.
   */
  name?: string;
  /** The given name or names; several are separated by spaces. */
  given_name?: string;
  /** The surname or surnames; several are separated by spaces. */
  family_name?: string;
  /** The middle name or names; several are separated by spaces. */
  middle_name?: string;
  /** A casual name, which may differ from `given_name`. */
  nickname?: string;
  /**
   * The short name the user wants to be known by, such as `j.doe`. It may be
   * any JSON string and is not guaranteed to be unique.
   */
  preferred_username?: string;
  /** The URL of the user's profile page. */
  profile?: string;
  /** The URL of the user's picture: an image file, not a web page. */
  picture?: string;
  /** The URL of the user's web page or blog. */
  website?: string;
  /**
   * The user's preferred email address. It is not guaranteed to be unique.
   */
  email?: string;
  /** `true` if the provider has verified that the user controls `email`. */
  email_verified?: boolean;
  /**
   * The user's gender. The specification defines `female` and `male`, and
   * other values may be used.
   */
  gender?: string;
  /**
   * The user's birthday as `YYYY-MM-DD`, `0000-MM-DD` when the year is
   * withheld, or `YYYY` for the year alone.
   */
  birthdate?: string;
  /**
   * The user's time zone, as a name of the IANA time zone database such as
   * `Europe/Paris`.
   */
  zoneinfo?: string;
  /**
   * The user's locale as a BCP 47 language tag, such as `en-US`. Some
   * providers separate the parts with an underscore instead.
   */
  locale?: string;
  /**
   * The user's preferred telephone number, recommended in E.164 format, such
   * as `+1 (425) 555-1212`, with an extension in RFC 3966 syntax.
   */
  phone_number?: string;
  /**
   * `true` if the provider has verified that the user controls
   * `phone_number`.
   */
  phone_number_verified?: boolean;
  /** The user's preferred postal address. */
  address?: AddressClaim;
  /**
   * When the user's information was last updated, in seconds since
   * 1970-01-01T00:00:00Z (UTC).
   */
  updated_at?: number;
}

/**
 * The claims of a user info response, as {@link UserInfoMappingFunc} receives
 * them: the {@link StandardClaims} with their types, and every other claim
 * the identity provider adds, typed `unknown` until checked.
 *
 * @remarks
 * A `Record<string, unknown>` can be passed as `UserInfoClaims`, and a
 * function that takes a `Record<string, unknown>` also takes
 * `UserInfoClaims`, so mappers written for 6.0.2 keep compiling.
 *
 * @example
 * ```ts
 * import type { UserInfoClaims } from '@ballware/identity-interface';
 *
 * function greeting(userinfo: UserInfoClaims): string {
 *   // A standard claim has its type; any other claim is unknown.
 *   const name = userinfo.given_name ?? userinfo.preferred_username;
 *   const team = userinfo['team'];
 *   return typeof team === 'string' ? `${name} (${team})` : `${name}`;
 * }
 * ```
 */
export interface UserInfoClaims
  extends StandardClaims, Record<string, unknown> {}

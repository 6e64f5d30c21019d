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
 *
 * @since 6.1
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
 * @remarks
 * This is what the specification promises, not what a response is checked
 * to hold: claims arrive from the network as the provider wrote them, and
 * some providers deviate. AWS Cognito, for one, sends `email_verified` and
 * `phone_number_verified` as the strings `"true"` and `"false"`; others send
 * `updated_at` as an ISO 8601 string, or `address` as a single string. Type a
 * value `StandardClaims` once you have checked it, as the example does for
 * one claim, or where you trust your provider to follow the specification.
 *
 * @example
 * ```ts
 * import type { StandardClaims } from '@ballware/identity-interface';
 *
 * // Providers send email_verified as a boolean, or as "true" or "false" in
 * // any case.
 * export function checkEmailVerified(
 *   userinfo: Record<string, unknown>,
 * ): Pick<StandardClaims, 'email_verified'> {
 *   const sent = userinfo['email_verified'];
 *   const verified = typeof sent === 'string' ? sent.toLowerCase() : sent;
 *   return verified === true || verified === 'true'
 *     ? { email_verified: true }
 *     : verified === false || verified === 'false'
 *       ? { email_verified: false }
 *       : {};
 * }
 * ```
 *
 * @since 6.1
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
 * A user info response whose standard claims have the types of
 * {@link StandardClaims}; every other claim the identity provider adds is
 * typed `unknown` until checked.
 *
 * @remarks
 * The mapper of a session receives the response as a
 * `Record<string, unknown>`, because nothing has checked it. Where your
 * provider follows the specification, a mapper may declare its parameter as
 * `UserInfoClaims` to read the standard claims with their types, as the
 * example does; the two types can be used as each other. Where it does not,
 * check the claims first, as the example of `StandardClaims` shows.
 *
 * @example
 * ```ts
 * import type {
 *   MappedSessionWithUserRights,
 *   SessionWithUserInfo,
 *   UserInfoClaims,
 *   UserInfoMappingFunc,
 * } from '@ballware/identity-interface';
 *
 * // For a provider that sends every standard claim as the specification
 * // types it.
 * export const mapUserInfo: UserInfoMappingFunc = <
 *   T extends MappedSessionWithUserRights,
 * >(
 *   session: SessionWithUserInfo,
 *   userinfo: UserInfoClaims,
 * ): T => {
 *   const team = userinfo['team'];
 *   return {
 *     ...session,
 *     rights: {
 *       Email: userinfo.email ?? session.email,
 *       Claims: typeof team === 'string' ? [`team:${team}`] : [],
 *     },
 *   } as T;
 * };
 * ```
 *
 * @since 6.1
 */
export interface UserInfoClaims
  extends StandardClaims, Record<string, unknown> {}

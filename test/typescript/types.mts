// Type-level tests of the generated module: each line marked @ts-expect-error
// must fail to compile, everything else must compile. compile.test.mjs runs
// this file through TypeScript 7 and 5.9 with every strictness flag.
import HttpStatus, {
  MOVED_TEMPORARILY,
  OK,
  StatusCodes,
  ReasonPhrases,
  allStatusCodes,
  getReasonPhrase,
  getStatusCode,
  headerFields,
  isStatusCode,
  lookupReasonPhrase,
  lookupStatusCode,
  lookupStatusInfo,
  redirectKind,
  type ClientErrorStatusCode,
  type InformationalStatusCode,
  type Lifecycle,
  type ReasonPhrase,
  type RedirectKind,
  type StatusCode,
  type StatusCodeName,
  type StatusInfo,
} from "../../output/typescript/src/index.ts";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Members are literal types, not number or string.
export const notFound: 404 = StatusCodes.NOT_FOUND;
export const notFoundPhrase: "Not Found" = ReasonPhrases.NOT_FOUND;
export const movedTemporarily: 302 = StatusCodes.MOVED_TEMPORARILY;
export const requestTooLong: 413 = StatusCodes.REQUEST_TOO_LONG;
export const teapot: StatusCode = StatusCodes.IM_A_TEAPOT;

// The type named like each object is the union of its values.
export const codesUnion: Equal<StatusCodes, StatusCode> = true;
export const phrasesUnion: Equal<ReasonPhrases, ReasonPhrase> = true;
export const nameUnion: Equal<StatusCodeName, keyof typeof StatusCodes> = true;
export const notAny: Equal<StatusCode, number> = false;

// @ts-expect-error 499 is not a registered code.
export const unregistered: StatusCode = 499;
// @ts-expect-error 404 is not informational.
export const notInformational: InformationalStatusCode = 404;
export const clientError: ClientErrorStatusCode = 404;
// @ts-expect-error "Not found" is not a registered phrase.
export const wrongCase: ReasonPhrase = "Not found";

// The objects are read-only.
// @ts-expect-error StatusCodes is `as const`.
StatusCodes.OK = 201;
// @ts-expect-error allStatusCodes is read-only.
allStatusCodes.push(200);

// 419 and 420 are not registered.
// @ts-expect-error no INSUFFICIENT_SPACE_ON_RESOURCE.
export const insufficientSpace: number = StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE;

// The throwing lookups return the unions; the others add undefined.
export const phrase: ReasonPhrase = getReasonPhrase(200);
export const phraseFromString: ReasonPhrase = getReasonPhrase("200");
export const code: StatusCode = getStatusCode("OK");
export const maybePhrase: ReasonPhrase | undefined = lookupReasonPhrase(200);
// @ts-expect-error lookupReasonPhrase may return undefined.
export const surePhrase: ReasonPhrase = lookupReasonPhrase(200);
// @ts-expect-error lookupStatusCode may return undefined.
export const sureCode: StatusCode = lookupStatusCode("OK");
// @ts-expect-error lookupStatusInfo may return undefined.
export const sureInfo: StatusInfo = lookupStatusInfo(404);
export const maybeRedirect: RedirectKind | undefined = redirectKind(301);
export const headers: readonly string[] = headerFields(503);

// isStatusCode narrows unknown to the union.
export function narrow(value: unknown): StatusCode | undefined {
  if (isStatusCode(value)) {
    const narrowed: StatusCode = value;
    return narrowed;
  }
  return undefined;
}

// StatusInfo fields are typed; names are StatusCodes keys.
export function infoName(info: StatusInfo): StatusCodeName {
  const lifecycle: Lifecycle = info.lifecycle;
  const klass: 1 | 2 | 3 | 4 | 5 = info.statusClass;
  const older: readonly StatusCodeName[] = info.aliases;
  return lifecycle === "permanent" && klass === 4 && older.length === 0 ? info.name : info.name;
}

// @ts-expect-error not a redirect kind.
export const badRedirect: RedirectKind = "sometimes";
// @ts-expect-error not a lifecycle.
export const badLifecycle: Lifecycle = "expired";

// http-status-codes' 1.x constants: literal types, as there; on the default
// export typed number, as there, so that `let code = HttpStatus.OK` can be
// reassigned; the default export is read-only and has its functions.
export const legacyOK: 200 = OK;
export const legacyMoved: 302 = MOVED_TEMPORARILY;
export const defaultIsNumber: Equal<typeof HttpStatus.OK, number> = true;
export function reassign(): number {
  let code = HttpStatus.OK;
  code = HttpStatus.NOT_FOUND;
  return code;
}
export const defaultPhrase: ReasonPhrase = HttpStatus.getStatusText(404);
export const defaultCode: StatusCode = HttpStatus.getStatusCode("Not Found");
export const defaultLookup: ReasonPhrase = HttpStatus.getReasonPhrase(404);
// @ts-expect-error the default export is read-only.
HttpStatus.OK = 201;
// @ts-expect-error 419 is not registered.
export const defaultInsufficientSpace: number = HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE;

import type {
  JoinAnswer,
  JoinCodeView,
  StationAccessView,
  StationGrantKind,
  StationTokenRequest,
} from '../core/index';

/** A station token the host checked: what its holder may do, and where. */
export interface VerifiedStation {
  exerciseId: string;
  stationId: string;
  roles: readonly string[];
  kind: StationGrantKind;
}

export type StationCheck = { ok: true; station: VerifiedStation } | { ok: false; reason: string };

/** A join answer with the HTTP status it goes out with (400 unreadable, 403 refused, 429 too many tries). */
export interface DoorAnswer {
  status: 200 | 400 | 403 | 404 | 429 | 500;
  answer: JoinAnswer;
}

/**
 * The host's door for stations (issue 20 §1): codes traded for tokens, tokens checked on every station
 * channel a socket joins, and the controller's management of both. The socket layer and the HTTP routes speak
 * to it through this; station-door.ts is the implementation over the data folder.
 */
export interface StationDoorApi {
  /** A code typed at a station (any spelling people use: case, spaces, hyphens), from `address`. */
  join(code: string, address: string): Promise<DoorAnswer>;
  /** A window the console opened on the host laptop: a token without a code. */
  issueForConsole(request: StationTokenRequest, address: string): Promise<DoorAnswer>;
  /** A token presented for a station channel of `exerciseId`. */
  verify(exerciseId: string, token: string): Promise<StationCheck>;
  /** The exercise's live codes and the stations given tokens (without their sockets: the socket layer's). */
  view(
    exerciseId: string,
  ): Promise<{ codes: JoinCodeView[]; stations: Omit<StationAccessView, 'connections'>[] }>;
  issueCode(exerciseId: string, roles: readonly string[], kind: StationGrantKind): Promise<void>;
  revokeCode(exerciseId: string, codeId: string): Promise<void>;
  revokeStation(exerciseId: string, stationId: string): Promise<void>;
  /** Stations revoked: the socket layer closes their sockets at once. */
  onRevoked(listener: (exerciseId: string, stationIds: readonly string[]) => void): () => void;
  /** A code or a station of the exercise changed: consoles following it are sent its access again. */
  onChange(listener: (exerciseId: string) => void): () => void;
}

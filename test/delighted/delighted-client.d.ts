/** Just enough types for the real `delighted` Node client (it ships none), as the tests use it. */
declare module 'delighted' {
  export interface DelightedClientError extends Error {
    type: string;
    message: string;
    retryAfter?: number;
  }
  export type Item = Record<string, unknown> & { save(): PromiseLike<Item> };
  interface ListResource {
    autoPagingEach(onItem: (item: Item) => boolean | void, opts?: { auto_handle_rate_limits?: boolean; auto_handle_rate_limits_max_retries?: number; auto_handle_rate_limits_callback?: (retryAfter: number) => void }): PromiseLike<void>;
  }
  type Params = Record<string, unknown>;
  export interface DelightedClient {
    person: { create(p: Params): PromiseLike<Item>; list(p?: Params): ListResource; delete(id: { id: string } | { email: string } | { phone_number: string }): PromiseLike<Record<string, unknown>> };
    surveyRequest: { deletePending(p: { person_email: string }): PromiseLike<Record<string, unknown>> };
    surveyResponse: { create(p: Params): PromiseLike<Item>; all(p?: Params): PromiseLike<Item[]>; retrieve(id: string, p?: Params): PromiseLike<Item> };
    metrics: { retrieve(p?: Params): PromiseLike<Item> };
    unsubscribe: { create(p: { person_email: string }): PromiseLike<Item>; all(p?: Params): PromiseLike<Item[]> };
    bounce: { all(p?: Params): PromiseLike<Item[]> };
  }
  export default function Delighted(key: string, options?: { host?: string; port?: number; base?: string; scheme?: string; headers?: Record<string, string> }): DelightedClient;
}

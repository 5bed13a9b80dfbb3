/**
 * GENERATED FILE, do not edit: run `npm run gen:api` (scripts/gen-api-types.ts) after changing a route schema.
 * TypeScript types of the Clearloop API, made by openapi-typescript from the OpenAPI document the server publishes at
 * GET /api/v1/openapi.json. test/api/api-types.test.ts fails when this file is stale.
 */

export interface paths {
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether first-run setup is needed
         * @description Needs no login. `needed` is true while the server has no user at all; the dashboard then shows the setup form (`POST /api/setup`) instead of the login.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            needed: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * First-run setup: create the first workspace and its owner (only while no user exists)
         * @description Needs no login: creates the workspace and its owner, logs the owner in (sets the `clearloop_session` cookie, valid 14 days) and answers the session with its CSRF token. 409 once any user exists (log in instead); 400 naming `email` for an invalid address, `password` for one under 8 characters. Rate limited like the login: 10 attempts per 5 minutes per client address and email (429).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Name of the workspace (the company or brand); its URL slug is made from it */
                        workspace: string;
                        /** @description The owner’s display name; default: the part of the email before @ */
                        name?: string;
                        /** @description The user’s login email (not case-sensitive) */
                        email: string;
                        /** @description At least 8 characters */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description The logged-in user, the current workspace and role, every workspace the user belongs to, and the CSRF token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                            };
                            workspace: {
                                id: string;
                                name: string;
                                slug: string;
                            } | null;
                            /**
                             * @description Your role in the current workspace (null without one)
                             * @enum {string|null}
                             */
                            role: "owner" | "admin" | "manager" | "agent" | "viewer" | null;
                            workspaces: {
                                id: string;
                                name: string;
                                slug: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "manager" | "agent" | "viewer";
                            }[];
                            /** @description Send it as `X-CSRF-Token` with every cookie-authenticated request that changes something (POST, PUT, PATCH, DELETE) */
                            csrfToken: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with email and password (rate limited)
         * @description Sets the `clearloop_session` cookie (httpOnly, valid 14 days) and answers the session; its current workspace is the first of the user’s workspaces by name (switch with `POST /api/session/workspace`). 401 for a wrong email or password (the answer does not say which); 429 after 10 attempts in 5 minutes from one client address for one email. Integrations use an API key, not a session.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The user’s login email (not case-sensitive) */
                        email: string;
                        /** @description The user’s password */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description The logged-in user, the current workspace and role, every workspace the user belongs to, and the CSRF token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                            };
                            workspace: {
                                id: string;
                                name: string;
                                slug: string;
                            } | null;
                            /**
                             * @description Your role in the current workspace (null without one)
                             * @enum {string|null}
                             */
                            role: "owner" | "admin" | "manager" | "agent" | "viewer" | null;
                            workspaces: {
                                id: string;
                                name: string;
                                slug: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "manager" | "agent" | "viewer";
                            }[];
                            /** @description Send it as `X-CSRF-Token` with every cookie-authenticated request that changes something (POST, PUT, PATCH, DELETE) */
                            csrfToken: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current session
         * @description For the dashboard, with the session cookie (an API key has no session). Answers the user, the current workspace and role (null when the user belongs to none, or was removed from it), all the user’s workspaces, and the CSRF token; 401 when not logged in or the session expired.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The logged-in user, the current workspace and role, every workspace the user belongs to, and the CSRF token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                            };
                            workspace: {
                                id: string;
                                name: string;
                                slug: string;
                            } | null;
                            /**
                             * @description Your role in the current workspace (null without one)
                             * @enum {string|null}
                             */
                            role: "owner" | "admin" | "manager" | "agent" | "viewer" | null;
                            workspaces: {
                                id: string;
                                name: string;
                                slug: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "manager" | "agent" | "viewer";
                            }[];
                            /** @description Send it as `X-CSRF-Token` with every cookie-authenticated request that changes something (POST, PUT, PATCH, DELETE) */
                            csrfToken: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Ends this session (other sessions of the user stay) and clears the cookie. With a live session it needs the `X-CSRF-Token` header (403 without); without one it answers 204 all the same.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch the current workspace
         * @description Any logged-in user, with the session cookie and `X-CSRF-Token` (403 without). Every later /api/v1 request of this session acts in that workspace, with the user’s role there. 404 when the user is not a member of the workspace.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description One of the `workspaces` of the session */
                        workspaceId: string;
                    };
                };
            };
            responses: {
                /** @description The logged-in user, the current workspace and role, every workspace the user belongs to, and the CSRF token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                            };
                            workspace: {
                                id: string;
                                name: string;
                                slug: string;
                            } | null;
                            /**
                             * @description Your role in the current workspace (null without one)
                             * @enum {string|null}
                             */
                            role: "owner" | "admin" | "manager" | "agent" | "viewer" | null;
                            workspaces: {
                                id: string;
                                name: string;
                                slug: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "manager" | "agent" | "viewer";
                            }[];
                            /** @description Send it as `X-CSRF-Token` with every cookie-authenticated request that changes something (POST, PUT, PATCH, DELETE) */
                            csrfToken: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create another workspace owned by the current user, and switch to it
         * @description Any logged-in user, with the session cookie and `X-CSRF-Token`; the user becomes the new workspace’s owner and its only member. The workspace starts empty, with default settings and its own signing secret; the answer is the session, now in the new workspace.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Name of the new workspace; its URL slug is made from it */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description The logged-in user, the current workspace and role, every workspace the user belongs to, and the CSRF token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                            };
                            workspace: {
                                id: string;
                                name: string;
                                slug: string;
                            } | null;
                            /**
                             * @description Your role in the current workspace (null without one)
                             * @enum {string|null}
                             */
                            role: "owner" | "admin" | "manager" | "agent" | "viewer" | null;
                            workspaces: {
                                id: string;
                                name: string;
                                slug: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "manager" | "agent" | "viewer";
                            }[];
                            /** @description Send it as `X-CSRF-Token` with every cookie-authenticated request that changes something (POST, PUT, PATCH, DELETE) */
                            csrfToken: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password (ends your other sessions)
         * @description With the session cookie and `X-CSRF-Token`. This session stays; every other session of the user ends and any outstanding password-reset link stops working. 400 naming `currentPassword` when it is wrong, naming `newPassword` when it has fewer than 8 characters; 401 when not logged in; 429 after 10 attempts in 5 minutes from one client address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The password in use now */
                        currentPassword: string;
                        /** @description At least 8 characters */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgot password: email a link to choose a new one (rate limited)
         * @description Answers 204 whether or not an account has this email (it says nothing about which addresses have accounts). For an account, an email with a link `<CLEARLOOP_PUBLIC_URL>/reset-password?token=…` follows; the link works once, for an hour, with `POST /api/session/password-reset/confirm`. 503 when this server cannot send email (no `SMTP_URL`): the operator can set a password with `clearloop user password` instead.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The user’s login email (not case-sensitive) */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with the token of a password-reset link (ends all the user’s sessions)
         * @description Sets the password, uses up the link (and any other link of the user still outstanding) and ends all the user’s sessions, all at once. 400 naming `token` for a link that is unknown, used or expired, naming `newPassword` for a password the rules refuse.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The `token` parameter of the link in the email */
                        token: string;
                        /** @description At least 8 characters */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widget/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Website widget: should this visitor be asked now? (public; CORS; rate limited)
         * @description Checks the survey, the visitor identity (`user.hash` = HMAC-SHA256 of `user.id` with the workspace signing secret, hex), unsubscribes and the workspace's fatigue rules. When the answer is yes, a send with channel `widget` is recorded and `token` is returned for posting the answer; when no, `show` is false with a `reason` (a draft or closed survey: `survey_not_active`). 400 naming `user/email` when it is not an email address; 403 when `user.hash` does not match `user.id`; 404 for an unknown workspace or survey.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The workspace id (from the install snippet) */
                        workspace: string;
                        /** @description The survey id (from the install snippet) */
                        survey: string;
                        /** @description The signed-in visitor; leave out for an anonymous one (asked only when the survey allows a public link) */
                        user?: {
                            /** @description Your id for the signed-in visitor; the person with this external id is found or created */
                            id: string;
                            /** @description HMAC-SHA256 of `id` with the workspace signing secret, lowercase hex, computed on your server */
                            hash: string;
                            /** @description Not covered by the hash: stored only on a person who has none, and only when no other person has it */
                            email?: string;
                            name?: string;
                        };
                        /** @description The browser’s IANA time zone, for quiet hours when the person has none stored */
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            show: boolean;
                            /**
                             * @description Why the widget stays hidden (when show is false)
                             * @enum {string}
                             */
                            reason?: "survey_not_active" | "anonymous_not_allowed" | "unsubscribed" | "recently_surveyed" | "sampled_out" | "daily_cap" | "quiet_hours";
                            token?: string;
                            survey?: {
                                id: string;
                                /** @enum {string} */
                                kind: "nps" | "csat" | "ces";
                                question: string;
                                followUp: {
                                    default: string;
                                    positive?: string;
                                    neutral?: string;
                                    negative?: string;
                                };
                                scale: {
                                    min: number;
                                    max: number;
                                };
                                thankYou: string;
                                color: string;
                                companyName: string | null;
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widget/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Website widget: post the score, then the comment, with the token from eligibility (public; CORS; rate limited)
         * @description The first post (with `score`) creates a response with channel `widget`; later posts with the returned token update it, so the score comes first and the comment after. 403 for a token that is not valid or older than 24 hours (show the widget again), 409 when the survey is closed or back in draft, 429 beyond 60 requests a minute from one client address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The token of the eligibility answer, then the one of the previous answer post */
                        token: string;
                        /** @description Required with the first post; within the survey’s scale (0–10 NPS, 1–5 CSAT, 1–7 CES) */
                        score?: number;
                        /** @description The answer to the follow-up question; an empty one clears it */
                        comment?: string;
                        /** @description The page the widget was answered on, stored as the response property `page` */
                        page?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            /** @description Send this token with the next post (the comment) */
                            token: string;
                            responseId: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List surveys
         * @description Any member or API key (read scope is enough). Surveys of the workspace, newest first, in pages of `limit` (follow `nextCursor`), optionally of one kind or status (the public feedback page’s survey is not listed).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description Only surveys of this kind: nps (0–10), csat (1–5) or ces (1–7) */
                    kind?: "nps" | "csat" | "ces";
                    /** @description Only surveys with this status: draft, active or closed (only active surveys can be sent) */
                    status?: "draft" | "active" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "nps" | "csat" | "ces";
                                /** @enum {string} */
                                status: "draft" | "active" | "closed";
                                /** @enum {string} */
                                purpose: "survey" | "feedback_page";
                                locale: string | null;
                                /** @description Thank-you page; the link (e.g. a review site) can be limited to some score tones, e.g. ["positive"] for promoters. */
                                thankYou: {
                                    message?: string;
                                    linkUrl?: string;
                                    linkLabel?: string;
                                    linkTones?: ("positive" | "neutral" | "negative")[];
                                };
                                publicLink: boolean;
                                reminderDays: number | null;
                                /** @description The survey’s own email texts as saved; null: the localised default */
                                email: {
                                    subject: string | null;
                                    intro: string | null;
                                    reminderSubject: string | null;
                                };
                                question: string;
                                followUp: {
                                    default: string;
                                    positive?: string;
                                    neutral?: string;
                                    negative?: string;
                                };
                                questions: {
                                    id: string;
                                    /** @enum {string} */
                                    type: "text" | "single_choice" | "multiple_choice" | "rating";
                                    label: string;
                                    options?: string[];
                                    min?: number;
                                    max?: number;
                                    required?: boolean;
                                }[];
                                createdAt: string;
                                updatedAt: string;
                                /** @description Scored responses so far (from the per-day aggregates) */
                                responseCount: number;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a survey
         * @description Managers, owners and admins, or a write API key. Creates a survey (active unless a status is given) with the standard question and follow-up of its kind unless others are given.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "nps" | "csat" | "ces";
                        /** @enum {string} */
                        status?: "draft" | "active" | "closed";
                        question?: string;
                        /** @description Follow-up question; positive/neutral/negative override the default for that score tone. */
                        followUp?: {
                            default?: string;
                            positive?: string;
                            neutral?: string;
                            negative?: string;
                        };
                        questions?: {
                            id: string;
                            /** @enum {string} */
                            type: "text" | "single_choice" | "multiple_choice" | "rating";
                            label: string;
                            options?: string[];
                            min?: number;
                            max?: number;
                            required?: boolean;
                        }[];
                        /** @description language of the survey page, e.g. en, es, fr, de */
                        locale?: string | null;
                        /** @description Thank-you page; the link (e.g. a review site) can be limited to some score tones, e.g. ["positive"] for promoters. */
                        thankYou?: {
                            message?: string;
                            linkUrl?: string;
                            linkLabel?: string;
                            linkTones?: ("positive" | "neutral" | "negative")[];
                        };
                        /** @description allow an anonymous public link (rate limited per client) */
                        publicLink?: boolean;
                        /** @description send one reminder after this many days without an answer */
                        reminderDays?: number | null;
                        /** @description The survey’s own email subject, intro and reminder subject; blank or null puts the localised default back */
                        email?: {
                            /** @description one line; {company} becomes the company name */
                            subject?: string | null;
                            /** @description the paragraph above the question; line breaks are kept; {company} becomes the company name */
                            intro?: string | null;
                            /** @description one line; {company} becomes the company name */
                            reminderSubject?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "nps" | "csat" | "ces";
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            /** @enum {string} */
                            purpose: "survey" | "feedback_page";
                            locale: string | null;
                            /** @description Thank-you page; the link (e.g. a review site) can be limited to some score tones, e.g. ["positive"] for promoters. */
                            thankYou: {
                                message?: string;
                                linkUrl?: string;
                                linkLabel?: string;
                                linkTones?: ("positive" | "neutral" | "negative")[];
                            };
                            publicLink: boolean;
                            reminderDays: number | null;
                            /** @description The survey’s own email texts as saved; null: the localised default */
                            email: {
                                subject: string | null;
                                intro: string | null;
                                reminderSubject: string | null;
                            };
                            question: string;
                            followUp: {
                                default: string;
                                positive?: string;
                                neutral?: string;
                                negative?: string;
                            };
                            questions: {
                                id: string;
                                /** @enum {string} */
                                type: "text" | "single_choice" | "multiple_choice" | "rating";
                                label: string;
                                options?: string[];
                                min?: number;
                                max?: number;
                                required?: boolean;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                            /** @description Scored responses so far (from the per-day aggregates) */
                            responseCount: number;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a survey
         * @description Any member or API key (read scope is enough). One survey with its settings and its count of scored responses. 404 when no survey of this workspace has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "nps" | "csat" | "ces";
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            /** @enum {string} */
                            purpose: "survey" | "feedback_page";
                            locale: string | null;
                            /** @description Thank-you page; the link (e.g. a review site) can be limited to some score tones, e.g. ["positive"] for promoters. */
                            thankYou: {
                                message?: string;
                                linkUrl?: string;
                                linkLabel?: string;
                                linkTones?: ("positive" | "neutral" | "negative")[];
                            };
                            publicLink: boolean;
                            reminderDays: number | null;
                            /** @description The survey’s own email texts as saved; null: the localised default */
                            email: {
                                subject: string | null;
                                intro: string | null;
                                reminderSubject: string | null;
                            };
                            question: string;
                            followUp: {
                                default: string;
                                positive?: string;
                                neutral?: string;
                                negative?: string;
                            };
                            questions: {
                                id: string;
                                /** @enum {string} */
                                type: "text" | "single_choice" | "multiple_choice" | "rating";
                                label: string;
                                options?: string[];
                                min?: number;
                                max?: number;
                                required?: boolean;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                            /** @description Scored responses so far (from the per-day aggregates) */
                            responseCount: number;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a survey with its responses
         * @description Managers, owners and admins, or a write API key. Removes the survey for good with everything recorded for it — responses (and their follow-up cases), sends and metrics; to stop collecting but keep the data, set its status to "closed" instead. 404 when no survey of this workspace has the id.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a survey (the kind can change only while it has no responses)
         * @description Managers, owners and admins, or a write API key. Changes the fields given; `email` changes only the texts it names, and a blank or null text puts the localised default back. 404 when no survey of this workspace has the id; 409 naming `kind` when the kind changes on a survey that has responses.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        kind?: "nps" | "csat" | "ces";
                        /** @enum {string} */
                        status?: "draft" | "active" | "closed";
                        question?: string;
                        /** @description Follow-up question; positive/neutral/negative override the default for that score tone. */
                        followUp?: {
                            default?: string;
                            positive?: string;
                            neutral?: string;
                            negative?: string;
                        };
                        questions?: {
                            id: string;
                            /** @enum {string} */
                            type: "text" | "single_choice" | "multiple_choice" | "rating";
                            label: string;
                            options?: string[];
                            min?: number;
                            max?: number;
                            required?: boolean;
                        }[];
                        /** @description language of the survey page, e.g. en, es, fr, de */
                        locale?: string | null;
                        /** @description Thank-you page; the link (e.g. a review site) can be limited to some score tones, e.g. ["positive"] for promoters. */
                        thankYou?: {
                            message?: string;
                            linkUrl?: string;
                            linkLabel?: string;
                            linkTones?: ("positive" | "neutral" | "negative")[];
                        };
                        /** @description allow an anonymous public link (rate limited per client) */
                        publicLink?: boolean;
                        /** @description send one reminder after this many days without an answer */
                        reminderDays?: number | null;
                        /** @description The survey’s own email subject, intro and reminder subject; blank or null puts the localised default back */
                        email?: {
                            /** @description one line; {company} becomes the company name */
                            subject?: string | null;
                            /** @description the paragraph above the question; line breaks are kept; {company} becomes the company name */
                            intro?: string | null;
                            /** @description one line; {company} becomes the company name */
                            reminderSubject?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "nps" | "csat" | "ces";
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            /** @enum {string} */
                            purpose: "survey" | "feedback_page";
                            locale: string | null;
                            /** @description Thank-you page; the link (e.g. a review site) can be limited to some score tones, e.g. ["positive"] for promoters. */
                            thankYou: {
                                message?: string;
                                linkUrl?: string;
                                linkLabel?: string;
                                linkTones?: ("positive" | "neutral" | "negative")[];
                            };
                            publicLink: boolean;
                            reminderDays: number | null;
                            /** @description The survey’s own email texts as saved; null: the localised default */
                            email: {
                                subject: string | null;
                                intro: string | null;
                                reminderSubject: string | null;
                            };
                            question: string;
                            followUp: {
                                default: string;
                                positive?: string;
                                neutral?: string;
                                negative?: string;
                            };
                            questions: {
                                id: string;
                                /** @enum {string} */
                                type: "text" | "single_choice" | "multiple_choice" | "rating";
                                label: string;
                                options?: string[];
                                min?: number;
                                max?: number;
                                required?: boolean;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                            /** @description Scored responses so far (from the per-day aggregates) */
                            responseCount: number;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/surveys/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate a survey
         * @description Managers, owners and admins, or a write API key. Creates a draft named "Copy of …" with the survey’s settings (questions, wording, thank-you page, email texts, reminder) and none of its responses or sends. 404 when no survey of this workspace has the id; 409 for the feedback page’s survey.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "nps" | "csat" | "ces";
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            /** @enum {string} */
                            purpose: "survey" | "feedback_page";
                            locale: string | null;
                            /** @description Thank-you page; the link (e.g. a review site) can be limited to some score tones, e.g. ["positive"] for promoters. */
                            thankYou: {
                                message?: string;
                                linkUrl?: string;
                                linkLabel?: string;
                                linkTones?: ("positive" | "neutral" | "negative")[];
                            };
                            publicLink: boolean;
                            reminderDays: number | null;
                            /** @description The survey’s own email texts as saved; null: the localised default */
                            email: {
                                subject: string | null;
                                intro: string | null;
                                reminderSubject: string | null;
                            };
                            question: string;
                            followUp: {
                                default: string;
                                positive?: string;
                                neutral?: string;
                                negative?: string;
                            };
                            questions: {
                                id: string;
                                /** @enum {string} */
                                type: "text" | "single_choice" | "multiple_choice" | "rating";
                                label: string;
                                options?: string[];
                                min?: number;
                                max?: number;
                                required?: boolean;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                            /** @description Scored responses so far (from the per-day aggregates) */
                            responseCount: number;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/deletion-impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What deleting a survey would remove
         * @description Managers, owners and admins, or a write API key. Counts the responses, sends and follow-up cases that DELETE /api/v1/surveys/{id} would remove with the survey, for a confirmation that names them. 404 when no survey of this workspace has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Every response of the survey, scored or not */
                            responses: number;
                            /** @description Email and personal-link sends of the survey */
                            sends: number;
                            /** @description Follow-up cases opened on those responses */
                            cases: number;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List responses, newest first
         * @description Any member or API key; an agent gets only their own feedback (responses attributed to the employee records linked to them). Filters combine with AND; paged by cursor. A date range with `from` after `to` is a 400 naming `from`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description Only this survey’s responses */
                    surveyId?: string;
                    /** @description date YYYY-MM-DD or date-time, inclusive */
                    from?: string;
                    /** @description date YYYY-MM-DD (the whole day) or date-time, inclusive */
                    to?: string;
                    /** @description Only responses attributed to this team */
                    teamId?: string;
                    /** @description Only responses attributed to this location */
                    locationId?: string;
                    /** @description Only responses attributed to this employee */
                    employeeId?: string;
                    /** @description Only this customer’s responses */
                    personId?: string;
                    /** @description Only responses that came this way: email, link, widget, api, import, feedback_page… (as recorded on each response) */
                    channel?: string;
                    /** @description Only this score group: promoter, passive or detractor (NPS); satisfied, neutral or dissatisfied (CSAT); easy, neutral or difficult (CES) */
                    group?: "promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult";
                    /** @description text search in comments */
                    q?: string;
                    /** @description true: only responses with a comment; false: only those without */
                    hasComment?: boolean;
                    /** @description theme id (text analytics) */
                    theme?: string;
                    /** @description language the comment was read in (text analytics) */
                    language?: "en" | "es" | "fr" | "de";
                    /** @description public feedback page only: complaint, praise, question or idea */
                    feedbackType?: "complaint" | "praise" | "question" | "idea";
                    /** @description only responses with this tag (case ignored) */
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                surveyId: string;
                                score: number | null;
                                /**
                                 * @description Score group of the survey kind (promoter, passive, detractor; satisfied, neutral, dissatisfied; easy, neutral, difficult); null when unscored
                                 * @enum {string|null}
                                 */
                                group: "promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult" | null;
                                comment: string | null;
                                /**
                                 * @description Language the comment was read in by text analytics; null without a comment and until it is analysed (moments after it is written)
                                 * @enum {string|null}
                                 */
                                language: "en" | "es" | "fr" | "de" | null;
                                answers: {
                                    [key: string]: string | number | string[] | (never | null);
                                };
                                channel: string;
                                teamId: string | null;
                                team: string | null;
                                locationId: string | null;
                                location: string | null;
                                employeeId: string | null;
                                employee: string | null;
                                person: {
                                    id: string;
                                    email: string | null;
                                    name: string | null;
                                    externalId: string | null;
                                } | null;
                                /** @description Free-form key/value properties */
                                properties: {
                                    [key: string]: unknown;
                                };
                                /** @description Labels put on by managers (at most 20, each 1–40 characters, the same regardless of case) or by alert rules */
                                tags: string[];
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Record one response, or up to 1000 as {"responses": [...]}
         * @description A write API key, or a manager’s, admin’s or owner’s session. Team, location and employee are given by name and created when new; the person is found by email, then external id, and created when new. A batch is validated whole and written in one transaction (all or nothing). Send an Idempotency-Key header to make a retry safe: the same key with the same body replays the first answer.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        surveyId: string;
                        score: number | null;
                        comment?: string | null;
                        answers?: {
                            [key: string]: string | number | string[] | (never | null);
                        };
                        person?: {
                            email?: string;
                            externalId?: string;
                            name?: string;
                            phone?: string;
                            /** @description Free-form key/value properties */
                            properties?: {
                                [key: string]: unknown;
                            };
                        };
                        /** @description link, email, widget, feedback_page, api, import, … (default api) */
                        channel?: string;
                        /** @description a name; matched to an existing record regardless of case and spacing, created when new */
                        team?: string;
                        /** @description a name; matched to an existing record regardless of case and spacing, created when new */
                        location?: string;
                        /** @description a name; matched to an existing record regardless of case and spacing, created when new */
                        employee?: string;
                        /** @description Free-form key/value properties */
                        properties?: {
                            [key: string]: unknown;
                        };
                        /** @description ISO-8601; defaults to now */
                        createdAt?: string;
                    } | {
                        responses: {
                            surveyId: string;
                            score: number | null;
                            comment?: string | null;
                            answers?: {
                                [key: string]: string | number | string[] | (never | null);
                            };
                            person?: {
                                email?: string;
                                externalId?: string;
                                name?: string;
                                phone?: string;
                                /** @description Free-form key/value properties */
                                properties?: {
                                    [key: string]: unknown;
                                };
                            };
                            /** @description link, email, widget, feedback_page, api, import, … (default api) */
                            channel?: string;
                            /** @description a name; matched to an existing record regardless of case and spacing, created when new */
                            team?: string;
                            /** @description a name; matched to an existing record regardless of case and spacing, created when new */
                            location?: string;
                            /** @description a name; matched to an existing record regardless of case and spacing, created when new */
                            employee?: string;
                            /** @description Free-form key/value properties */
                            properties?: {
                                [key: string]: unknown;
                            };
                            /** @description ISO-8601; defaults to now */
                            createdAt?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            surveyId: string;
                            score: number | null;
                            /**
                             * @description Score group of the survey kind (promoter, passive, detractor; satisfied, neutral, dissatisfied; easy, neutral, difficult); null when unscored
                             * @enum {string|null}
                             */
                            group: "promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult" | null;
                            comment: string | null;
                            /**
                             * @description Language the comment was read in by text analytics; null without a comment and until it is analysed (moments after it is written)
                             * @enum {string|null}
                             */
                            language: "en" | "es" | "fr" | "de" | null;
                            answers: {
                                [key: string]: string | number | string[] | (never | null);
                            };
                            channel: string;
                            teamId: string | null;
                            team: string | null;
                            locationId: string | null;
                            location: string | null;
                            employeeId: string | null;
                            employee: string | null;
                            person: {
                                id: string;
                                email: string | null;
                                name: string | null;
                                externalId: string | null;
                            } | null;
                            /** @description Free-form key/value properties */
                            properties: {
                                [key: string]: unknown;
                            };
                            /** @description Labels put on by managers (at most 20, each 1–40 characters, the same regardless of case) or by alert rules */
                            tags: string[];
                            createdAt: string;
                            updatedAt: string;
                        } | {
                            data: {
                                id: string;
                                surveyId: string;
                                score: number | null;
                                /**
                                 * @description Score group of the survey kind (promoter, passive, detractor; satisfied, neutral, dissatisfied; easy, neutral, difficult); null when unscored
                                 * @enum {string|null}
                                 */
                                group: "promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult" | null;
                                comment: string | null;
                                /**
                                 * @description Language the comment was read in by text analytics; null without a comment and until it is analysed (moments after it is written)
                                 * @enum {string|null}
                                 */
                                language: "en" | "es" | "fr" | "de" | null;
                                answers: {
                                    [key: string]: string | number | string[] | (never | null);
                                };
                                channel: string;
                                teamId: string | null;
                                team: string | null;
                                locationId: string | null;
                                location: string | null;
                                employeeId: string | null;
                                employee: string | null;
                                person: {
                                    id: string;
                                    email: string | null;
                                    name: string | null;
                                    externalId: string | null;
                                } | null;
                                /** @description Free-form key/value properties */
                                properties: {
                                    [key: string]: unknown;
                                };
                                /** @description Labels put on by managers (at most 20, each 1–40 characters, the same regardless of case) or by alert rules */
                                tags: string[];
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the responses the filters select as CSV (all of them, newest first)
         * @description Same filters as GET /api/v1/responses, no paging. Columns: id, created_at, survey_id, survey (its name), score, group, comment, language, channel, email, name, external_id, team, location, employee, tags (JSON), answers (JSON), properties (JSON). Text a customer wrote that would start with = + - @ is prefixed with an apostrophe, so a spreadsheet shows it as text rather than running it as a formula.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only this survey’s responses */
                    surveyId?: string;
                    /** @description date YYYY-MM-DD or date-time, inclusive */
                    from?: string;
                    /** @description date YYYY-MM-DD (the whole day) or date-time, inclusive */
                    to?: string;
                    /** @description Only responses attributed to this team */
                    teamId?: string;
                    /** @description Only responses attributed to this location */
                    locationId?: string;
                    /** @description Only responses attributed to this employee */
                    employeeId?: string;
                    /** @description Only this customer’s responses */
                    personId?: string;
                    /** @description Only responses that came this way: email, link, widget, api, import, feedback_page… (as recorded on each response) */
                    channel?: string;
                    /** @description Only this score group: promoter, passive or detractor (NPS); satisfied, neutral or dissatisfied (CSAT); easy, neutral or difficult (CES) */
                    group?: "promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult";
                    /** @description text search in comments */
                    q?: string;
                    /** @description true: only responses with a comment; false: only those without */
                    hasComment?: boolean;
                    /** @description theme id (text analytics) */
                    theme?: string;
                    /** @description language the comment was read in (text analytics) */
                    language?: "en" | "es" | "fr" | "de";
                    /** @description public feedback page only: complaint, praise, question or idea */
                    feedbackType?: "complaint" | "praise" | "question" | "idea";
                    /** @description only responses with this tag (case ignored) */
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV, UTF-8, with a header line */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a response
         * @description Any member or API key; a response an agent may not see answers 404, as if it did not exist.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            surveyId: string;
                            score: number | null;
                            /**
                             * @description Score group of the survey kind (promoter, passive, detractor; satisfied, neutral, dissatisfied; easy, neutral, difficult); null when unscored
                             * @enum {string|null}
                             */
                            group: "promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult" | null;
                            comment: string | null;
                            /**
                             * @description Language the comment was read in by text analytics; null without a comment and until it is analysed (moments after it is written)
                             * @enum {string|null}
                             */
                            language: "en" | "es" | "fr" | "de" | null;
                            answers: {
                                [key: string]: string | number | string[] | (never | null);
                            };
                            channel: string;
                            teamId: string | null;
                            team: string | null;
                            locationId: string | null;
                            location: string | null;
                            employeeId: string | null;
                            employee: string | null;
                            person: {
                                id: string;
                                email: string | null;
                                name: string | null;
                                externalId: string | null;
                            } | null;
                            /** @description Free-form key/value properties */
                            properties: {
                                [key: string]: unknown;
                            };
                            /** @description Labels put on by managers (at most 20, each 1–40 characters, the same regardless of case) or by alert rules */
                            tags: string[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a response
         * @description Managers, owners, admins or a write key. Deletes the response and its follow-up case for good and takes it out of the metrics; 404 when there is no such response. Webhooks are not told.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a response in part (e.g. the comment after the score); answers and properties are merged, tags replaced
         * @description Takes an owner, admin or manager or a write API key; `tags` replaces the whole list (POST /tags and DELETE /tags/{tag} add or remove one without overwriting a colleague’s), and a change of tags alone is announced to webhooks as response.updated without running alert rules again.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        score?: number | null;
                        comment?: string | null;
                        answers?: {
                            [key: string]: string | number | string[] | (never | null);
                        };
                        /** @description Free-form key/value properties */
                        properties?: {
                            [key: string]: unknown;
                        };
                        /** @description link, email, widget, feedback_page, api, import, … (default api) */
                        channel?: string;
                        /** @description a name; matched to an existing record regardless of case and spacing, created when new */
                        team?: string | null;
                        /** @description a name; matched to an existing record regardless of case and spacing, created when new */
                        location?: string | null;
                        /** @description a name; matched to an existing record regardless of case and spacing, created when new */
                        employee?: string | null;
                        /** @description Tags: each trimmed, 1–40 characters; repeats (case ignored) count once; a response has at most 20 */
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            surveyId: string;
                            score: number | null;
                            /**
                             * @description Score group of the survey kind (promoter, passive, detractor; satisfied, neutral, dissatisfied; easy, neutral, difficult); null when unscored
                             * @enum {string|null}
                             */
                            group: "promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult" | null;
                            comment: string | null;
                            /**
                             * @description Language the comment was read in by text analytics; null without a comment and until it is analysed (moments after it is written)
                             * @enum {string|null}
                             */
                            language: "en" | "es" | "fr" | "de" | null;
                            answers: {
                                [key: string]: string | number | string[] | (never | null);
                            };
                            channel: string;
                            teamId: string | null;
                            team: string | null;
                            locationId: string | null;
                            location: string | null;
                            employeeId: string | null;
                            employee: string | null;
                            person: {
                                id: string;
                                email: string | null;
                                name: string | null;
                                externalId: string | null;
                            } | null;
                            /** @description Free-form key/value properties */
                            properties: {
                                [key: string]: unknown;
                            };
                            /** @description Labels put on by managers (at most 20, each 1–40 characters, the same regardless of case) or by alert rules */
                            tags: string[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/responses/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add tags to a response
         * @description Tags it has already (in any case) stay as they are, and the answer is 400 naming `tags` when the response would have more than 20; takes an owner, admin or manager or a write API key.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Tags: each trimmed, 1–40 characters; repeats (case ignored) count once; a response has at most 20 */
                        tags: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            surveyId: string;
                            score: number | null;
                            /**
                             * @description Score group of the survey kind (promoter, passive, detractor; satisfied, neutral, dissatisfied; easy, neutral, difficult); null when unscored
                             * @enum {string|null}
                             */
                            group: "promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult" | null;
                            comment: string | null;
                            /**
                             * @description Language the comment was read in by text analytics; null without a comment and until it is analysed (moments after it is written)
                             * @enum {string|null}
                             */
                            language: "en" | "es" | "fr" | "de" | null;
                            answers: {
                                [key: string]: string | number | string[] | (never | null);
                            };
                            channel: string;
                            teamId: string | null;
                            team: string | null;
                            locationId: string | null;
                            location: string | null;
                            employeeId: string | null;
                            employee: string | null;
                            person: {
                                id: string;
                                email: string | null;
                                name: string | null;
                                externalId: string | null;
                            } | null;
                            /** @description Free-form key/value properties */
                            properties: {
                                [key: string]: unknown;
                            };
                            /** @description Labels put on by managers (at most 20, each 1–40 characters, the same regardless of case) or by alert rules */
                            tags: string[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses/{id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a tag from a response
         * @description The tag is matched regardless of case, removing a tag the response does not have changes nothing, and the answer is the response with its remaining tags.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                    /** @description The tag, URL-encoded */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            surveyId: string;
                            score: number | null;
                            /**
                             * @description Score group of the survey kind (promoter, passive, detractor; satisfied, neutral, dissatisfied; easy, neutral, difficult); null when unscored
                             * @enum {string|null}
                             */
                            group: "promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult" | null;
                            comment: string | null;
                            /**
                             * @description Language the comment was read in by text analytics; null without a comment and until it is analysed (moments after it is written)
                             * @enum {string|null}
                             */
                            language: "en" | "es" | "fr" | "de" | null;
                            answers: {
                                [key: string]: string | number | string[] | (never | null);
                            };
                            channel: string;
                            teamId: string | null;
                            team: string | null;
                            locationId: string | null;
                            location: string | null;
                            employeeId: string | null;
                            employee: string | null;
                            person: {
                                id: string;
                                email: string | null;
                                name: string | null;
                                externalId: string | null;
                            } | null;
                            /** @description Free-form key/value properties */
                            properties: {
                                [key: string]: unknown;
                            };
                            /** @description Labels put on by managers (at most 20, each 1–40 characters, the same regardless of case) or by alert rules */
                            tags: string[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of the customer who gave a response: their other responses and their follow-up cases
         * @description Both lists are newest first, hold at most `limit` items with `total` counting all, and show only what the caller may open (agents: their own feedback and cases), while a response without a person has `person: null` and empty lists.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per list */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            responseId: string;
                            person: {
                                id: string;
                                email: string | null;
                                name: string | null;
                                externalId: string | null;
                            } | null;
                            responses: {
                                data: {
                                    id: string;
                                    surveyId: string;
                                    surveyName: string;
                                    /** @enum {string} */
                                    surveyKind: "nps" | "csat" | "ces";
                                    score: number | null;
                                    /**
                                     * @description Score group of the survey kind (promoter, passive, detractor; satisfied, neutral, dissatisfied; easy, neutral, difficult); null when unscored
                                     * @enum {string|null}
                                     */
                                    group: "promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult" | null;
                                    /** @description The start of the comment, cut at a word with "…"; null without a comment */
                                    excerpt: string | null;
                                    channel: string;
                                    createdAt: string;
                                }[];
                                /** @description All the other responses of this person the caller may see (data holds the newest of them) */
                                total: number;
                            };
                            cases: {
                                data: {
                                    id: string;
                                    /** @description The response the case follows up (may be this one) */
                                    responseId: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "resolved" | "closed";
                                    /** @enum {string|null} */
                                    outcome: "won_back" | "not_recoverable" | "no_reply" | "no_action_needed" | null;
                                    /** @enum {string} */
                                    priority: "low" | "normal" | "high" | "urgent";
                                    overdue: boolean;
                                    wonBack: boolean;
                                    createdAt: string;
                                    closedAt: string | null;
                                }[];
                                /** @description All the cases about this person the caller may see (data holds the newest of them) */
                                total: number;
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * NPS / CSAT / CES with margin of error, series, groups and change (formulas: docs/metrics.md)
         * @description Any member or API key (read scope is enough). Counts the scored responses of one survey by UTC day in the range, with a series whose buckets say how much of their period the range covers (partial, inProgress); the filters combine. 400 naming `from` or `to` for a day that does not exist, a `from` after `to` or a range over 3,660 days, naming `groupBy` for an unknown grouping.
         */
        get: {
            parameters: {
                query: {
                    /** @description The survey (its id); 404 when no survey of this workspace has it */
                    surveyId: string;
                    /** @description First day of the range: a UTC date YYYY-MM-DD, inclusive; default 89 days before `to` (90 days in all) */
                    from?: string;
                    /** @description Last day of the range: a UTC date YYYY-MM-DD, inclusive; default today (UTC) */
                    to?: string;
                    /** @description Adds `series`: one bucket per day, week (Monday to Sunday) or month; left out: no series */
                    interval?: "day" | "week" | "month";
                    /** @description team | location | employee | channel | property:<name> */
                    groupBy?: string;
                    /** @description previous: adds `previous`, the same figures for the range of the same length just before, and `change` against it (null when either period has too few responses: none, or for CES fewer than 2) */
                    compareTo?: "previous";
                    /** @description Only responses attributed to this team (its id) */
                    teamId?: string;
                    /** @description Only responses attributed to this location (its id) */
                    locationId?: string;
                    /** @description Only responses attributed to this employee (its id) */
                    employeeId?: string;
                    /** @description Only responses that arrived by this channel: link, email, widget, feedback_page, api, import or delighted_api */
                    channel?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            surveyId: string;
                            /** @enum {string} */
                            kind: "nps" | "csat" | "ces";
                            from: string;
                            to: string;
                            total: number;
                            score: number | null;
                            standardError: number | null;
                            marginOfError: number | null;
                            promoters?: number;
                            passives?: number;
                            detractors?: number;
                            nps?: number | null;
                            satisfied?: number;
                            csat?: number | null;
                            mean?: number | null;
                            distribution: {
                                [key: string]: number;
                            };
                            /** @description One bucket per period (interval) touching the range, empty ones included */
                            series?: {
                                /** @description First day of the period: the day, the Monday of the week, or the 1st of the month */
                                period: string;
                                /** @description First day of the period inside the range (after `period` when the range starts mid-period) */
                                from: string;
                                /** @description Last day of the period inside the range (before the period end when the range ends mid-period) */
                                to: string;
                                /** @description Days from `from` to `to` that have begun (UTC): the days the figures can count */
                                days: number;
                                /** @description Days in the whole period: 1, 7 or 28–31 */
                                periodDays: number;
                                /** @description The figures hold less than the whole period: days < periodDays, or the period is still in progress */
                                partial: boolean;
                                /** @description Today (UTC) lies in the period and the range: the figures will still grow */
                                inProgress: boolean;
                                total: number;
                                score: number | null;
                                marginOfError: number | null;
                                /** @description Lower end of the 95% band: score − margin, no lower than the measure can be (NPS −100, CSAT 0, CES 1) */
                                low: number | null;
                                /** @description Upper end of the 95% band: score + margin, no higher than the measure can be (NPS 100, CSAT 100, CES 7) */
                                high: number | null;
                            }[];
                            groups?: {
                                key: string;
                                label: string;
                                total: number;
                                score: number | null;
                                marginOfError: number | null;
                            }[];
                            /** @description The same summary for the previous period of the same length; the counts present depend on the survey kind, as above */
                            previous?: {
                                /** @description First day of the previous period */
                                from: string;
                                /** @description Last day of the previous period (the day before `from`) */
                                to: string;
                                total: number;
                                score: number | null;
                                standardError: number | null;
                                marginOfError: number | null;
                                promoters?: number;
                                passives?: number;
                                detractors?: number;
                                nps?: number | null;
                                satisfied?: number;
                                csat?: number | null;
                                mean?: number | null;
                            };
                            change?: {
                                delta: number | null;
                                standardError: number | null;
                                pValue: number | null;
                                significant: boolean;
                            } | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description Any member or API key (read scope is enough). Newest first, in pages of `limit` (follow `nextCursor`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description Only teams with exactly this name (case-sensitive) */
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                managerUserId: string | null;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a team
         * @description Managers, owners and admins, or a write API key. 409 when another team has this name; 400 naming the field when a referenced record is not in this workspace. Setting `managerUserId` takes an owner or admin session or a write API key (403 otherwise): the manager sees the feeds of the team’s employees, is told about its follow-up cases and gets its weekly digest.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique among the workspace’s teams */
                        name: string;
                        /** @description The user id of a workspace member who manages the team. Owners and admins (or a write API key) only; null: none */
                        managerUserId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            managerUserId: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a team
         * @description Any member or API key (read scope is enough). 404 when no team of this workspace has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            managerUserId: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a team
         * @description Managers, owners and admins, or a write API key. 404 when no team of this workspace has the id. Its employees, responses and cases stay, no longer attributed to a team.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a team
         * @description Managers, owners and admins, or a write API key; only the fields sent change, and null clears one. 404 when no team of this workspace has the id; 409 when another team has this name. Setting `managerUserId` takes an owner or admin session or a write API key (403 otherwise): the manager sees the feeds of the team’s employees, is told about its follow-up cases and gets its weekly digest.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique among the workspace’s teams */
                        name?: string;
                        /** @description The user id of a workspace member who manages the team. Owners and admins (or a write API key) only; null: none */
                        managerUserId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            managerUserId: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List locations
         * @description Any member or API key (read scope is enough). Newest first, in pages of `limit` (follow `nextCursor`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description Only locations with exactly this name (case-sensitive) */
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a location
         * @description Managers, owners and admins, or a write API key. 409 when another location has this name; 400 naming the field when a referenced record is not in this workspace.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique among the workspace’s locations */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a location
         * @description Any member or API key (read scope is enough). 404 when no location of this workspace has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a location
         * @description Managers, owners and admins, or a write API key. 404 when no location of this workspace has the id. Its employees and responses stay, no longer attributed to a location.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a location
         * @description Managers, owners and admins, or a write API key; only the fields sent change, and null clears one. 404 when no location of this workspace has the id; 409 when another location has this name.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique among the workspace’s locations */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List employees
         * @description Any member or API key (read scope is enough). Newest first, in pages of `limit` (follow `nextCursor`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description Only employees with exactly this name (case-sensitive) */
                    name?: string;
                    /** @description Only employees of this team (its id) */
                    teamId?: string;
                    /** @description Only employees at this location (its id) */
                    locationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                email: string | null;
                                teamId: string | null;
                                locationId: string | null;
                                userId: string | null;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an employee
         * @description Managers, owners and admins, or a write API key. 409 when another employee has this name; 400 naming the field when a referenced record is not in this workspace. Setting `userId` takes an owner or admin session or a write API key (403 otherwise): that user then sees the employee’s feed and may ask for an email about each new response attributed to it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique among the workspace’s employees */
                        name: string;
                        /** @description The employee’s work email, for your records; null: none */
                        email?: string | null;
                        /** @description The team the employee belongs to (its id); null: none */
                        teamId?: string | null;
                        /** @description The location the employee works at (its id); null: none */
                        locationId?: string | null;
                        /** @description The user id of the workspace member this employee record belongs to (their feed). Owners and admins (or a write API key) only; null: none */
                        userId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            email: string | null;
                            teamId: string | null;
                            locationId: string | null;
                            userId: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an employee
         * @description Any member or API key (read scope is enough). 404 when no employee of this workspace has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            email: string | null;
                            teamId: string | null;
                            locationId: string | null;
                            userId: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an employee
         * @description Managers, owners and admins, or a write API key. 404 when no employee of this workspace has the id. Its responses and cases stay, no longer attributed to an employee.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update an employee
         * @description Managers, owners and admins, or a write API key; only the fields sent change, and null clears one. 404 when no employee of this workspace has the id; 409 when another employee has this name. Setting `userId` takes an owner or admin session or a write API key (403 otherwise): that user then sees the employee’s feed and may ask for an email about each new response attributed to it.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique among the workspace’s employees */
                        name?: string;
                        /** @description The employee’s work email, for your records; null: none */
                        email?: string | null;
                        /** @description The team the employee belongs to (its id); null: none */
                        teamId?: string | null;
                        /** @description The location the employee works at (its id); null: none */
                        locationId?: string | null;
                        /** @description The user id of the workspace member this employee record belongs to (their feed). Owners and admins (or a write API key) only; null: none */
                        userId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            email: string | null;
                            teamId: string | null;
                            locationId: string | null;
                            userId: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         * @description Any member or API key (read scope is enough). Newest first, in pages of `limit` (follow `nextCursor`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description Only accounts with exactly this name (case-sensitive) */
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                externalId: string | null;
                                /** @description Free-form key/value properties */
                                properties: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an account
         * @description Managers, owners and admins, or a write API key. 409 when another account has this `externalId`; 400 naming the field when a referenced record is not in this workspace.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The company’s name (several accounts may share one) */
                        name: string;
                        /** @description Your own id for the company (e.g. your CRM’s), unique within the workspace; null: none */
                        externalId?: string | null;
                        /** @description Free-form key/value properties; they replace the stored ones as a whole */
                        properties?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            externalId: string | null;
                            /** @description Free-form key/value properties */
                            properties: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an account
         * @description Any member or API key (read scope is enough). 404 when no account of this workspace has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            externalId: string | null;
                            /** @description Free-form key/value properties */
                            properties: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an account
         * @description Managers, owners and admins, or a write API key. 404 when no account of this workspace has the id. Its people stay, no longer linked to an account.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update an account
         * @description Managers, owners and admins, or a write API key; only the fields sent change, and null clears one. 404 when no account of this workspace has the id; 409 when another account has this `externalId`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The company’s name (several accounts may share one) */
                        name?: string;
                        /** @description Your own id for the company (e.g. your CRM’s), unique within the workspace; null: none */
                        externalId?: string | null;
                        /** @description Free-form key/value properties; they replace the stored ones as a whole */
                        properties?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            externalId: string | null;
                            /** @description Free-form key/value properties */
                            properties: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List people
         * @description Any member or API key (read scope is enough). Newest first, in pages of `limit` (follow `nextCursor`); the filters combine.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description Only the person with exactly this email (not case-sensitive) */
                    email?: string;
                    /** @description Only the person with exactly this external id */
                    externalId?: string;
                    /** @description Only people of this account (its id) */
                    accountId?: string;
                    /** @description Only people whose name or email contains this text (not case-sensitive) */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                email: string | null;
                                phone: string | null;
                                externalId: string | null;
                                name: string | null;
                                /** @description Free-form key/value properties */
                                properties: {
                                    [key: string]: unknown;
                                };
                                accountId: string | null;
                                locale: string | null;
                                timeZone: string | null;
                                unsubscribedAt: string | null;
                                bouncedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a person
         * @description Managers, owners and admins, or a write API key. Needs at least one of `email`, `externalId` or `phone` (400 otherwise); 409 when another person has the email or external id. Not needed before a response or a send: those find the person by email, then external id, and create one.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique within the workspace; stored in lower case; null: none */
                        email?: string | null;
                        phone?: string | null;
                        /** @description Your own id for the person (e.g. your CRM’s; the widget’s `user.id`), unique within the workspace; null: none */
                        externalId?: string | null;
                        name?: string | null;
                        /** @description Free-form key/value properties; on update merged into the stored ones, a key set to null is removed */
                        properties?: {
                            [key: string]: unknown;
                        };
                        /** @description The account (company) the person belongs to (its id); null: none */
                        accountId?: string | null;
                        /** @description Language for this person’s survey emails and pages, e.g. `de` or `pt-BR`; null: the survey’s or the workspace’s */
                        locale?: string | null;
                        /** @description IANA time zone, e.g. Europe/Berlin (for quiet hours) */
                        timeZone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string | null;
                            phone: string | null;
                            externalId: string | null;
                            name: string | null;
                            /** @description Free-form key/value properties */
                            properties: {
                                [key: string]: unknown;
                            };
                            accountId: string | null;
                            locale: string | null;
                            timeZone: string | null;
                            unsubscribedAt: string | null;
                            bouncedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a person
         * @description Any member or API key (read scope is enough). `unsubscribedAt` and `bouncedAt` say whether survey emails still reach the person. 404 when no person of this workspace has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string | null;
                            phone: string | null;
                            externalId: string | null;
                            name: string | null;
                            /** @description Free-form key/value properties */
                            properties: {
                                [key: string]: unknown;
                            };
                            accountId: string | null;
                            locale: string | null;
                            timeZone: string | null;
                            unsubscribedAt: string | null;
                            bouncedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a person
         * @description Managers, owners and admins, or a write API key. The person’s survey sends are deleted with them; their responses and cases stay, no longer linked to a person. 404 when no person of this workspace has the id.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a person (properties are merged; a property set to null is removed)
         * @description Managers, owners and admins, or a write API key; only the fields sent change, and null clears one. 404 when no person of this workspace has the id; 409 when another person has the email or external id; 400 for an unknown time zone or account.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique within the workspace; stored in lower case; null: none */
                        email?: string | null;
                        phone?: string | null;
                        /** @description Your own id for the person (e.g. your CRM’s; the widget’s `user.id`), unique within the workspace; null: none */
                        externalId?: string | null;
                        name?: string | null;
                        /** @description Free-form key/value properties; on update merged into the stored ones, a key set to null is removed */
                        properties?: {
                            [key: string]: unknown;
                        };
                        /** @description The account (company) the person belongs to (its id); null: none */
                        accountId?: string | null;
                        /** @description Language for this person’s survey emails and pages, e.g. `de` or `pt-BR`; null: the survey’s or the workspace’s */
                        locale?: string | null;
                        /** @description IANA time zone, e.g. Europe/Berlin (for quiet hours) */
                        timeZone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string | null;
                            phone: string | null;
                            externalId: string | null;
                            name: string | null;
                            /** @description Free-form key/value properties */
                            properties: {
                                [key: string]: unknown;
                            };
                            accountId: string | null;
                            locale: string | null;
                            timeZone: string | null;
                            unsubscribedAt: string | null;
                            bouncedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members of this workspace
         * @description Any member or API key (read scope is enough). Every member with their role, ordered by email; not paged. `createdAt` is when they joined this workspace.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                email: string;
                                name: string;
                                /**
                                 * @description owner and admin: everything, including members, API keys, settings and webhooks (only an owner grants owner); manager: changes data and works on follow-up cases; agent: reads, and works on follow-up cases, seeing only the feedback attributed to them; viewer: reads
                                 * @enum {string}
                                 */
                                role: "owner" | "admin" | "manager" | "agent" | "viewer";
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a member (a new user needs an initial password)
         * @description Owners and admins, in their session (API keys cannot). A user who already exists (in another workspace) is added with their own name and password, and `name` and `password` are ignored; otherwise a user is created with them, and no email is sent: tell them yourself. Only an owner may grant `owner` (403); 409 when the email is already a member; 400 naming `password` when a new user has none.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The user’s login email (stored in lower case) */
                        email: string;
                        /** @description Display name of a new user; default: the part of the email before @ */
                        name?: string;
                        /**
                         * @description owner and admin: everything, including members, API keys, settings and webhooks (only an owner grants owner); manager: changes data and works on follow-up cases; agent: reads, and works on follow-up cases, seeing only the feedback attributed to them; viewer: reads
                         * @enum {string}
                         */
                        role: "owner" | "admin" | "manager" | "agent" | "viewer";
                        /** @description Initial password of a new user, at least 8 characters; required for a new user, ignored for an existing one */
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /**
                             * @description owner and admin: everything, including members, API keys, settings and webhooks (only an owner grants owner); manager: changes data and works on follow-up cases; agent: reads, and works on follow-up cases, seeing only the feedback attributed to them; viewer: reads
                             * @enum {string}
                             */
                            role: "owner" | "admin" | "manager" | "agent" | "viewer";
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Owners and admins, in their session; only an owner may remove an owner (403), and 409 when that would leave the workspace without one. The user keeps their login and other workspaces but loses access to this one at once; 404 when the user is not a member.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Owners and admins, in their session. Only an owner may grant `owner` or change an owner’s role (403); 409 when it would leave the workspace without an owner; 404 when the user is not a member. The new role applies to the member’s next request.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description owner and admin: everything, including members, API keys, settings and webhooks (only an owner grants owner); manager: changes data and works on follow-up cases; agent: reads, and works on follow-up cases, seeing only the feedback attributed to them; viewer: reads
                         * @enum {string}
                         */
                        role: "owner" | "admin" | "manager" | "agent" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /**
                             * @description owner and admin: everything, including members, API keys, settings and webhooks (only an owner grants owner); manager: changes data and works on follow-up cases; agent: reads, and works on follow-up cases, seeing only the feedback attributed to them; viewer: reads
                             * @enum {string}
                             */
                            role: "owner" | "admin" | "manager" | "agent" | "viewer";
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API keys of this workspace
         * @description Owners and admins, in their session (API keys cannot list keys). Every key, revoked ones included, newest first; not paged. The keys themselves are not stored and never shown.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                /**
                                 * @description write includes read
                                 * @enum {string}
                                 */
                                scope: "read" | "write";
                                /** @description The 8 characters after `cl_` in the key, to tell keys apart (the key itself is never shown again) */
                                prefix: string;
                                createdAt: string;
                                /** @description Recorded at most once a minute; null: never used */
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API key; the key is shown only in this answer
         * @description Owners and admins, in their session (API keys cannot make keys). `key` (`cl_<prefix>_<secret>`) is sent as `Authorization: Bearer <key>`; only its hash is stored, so keep it now. A key acts for the workspace with its scope, never as a user: it cannot manage members, keys, settings, webhooks, alert rules or the widget signing secret.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What the key is for, e.g. the integration that uses it */
                        name: string;
                        /**
                         * @description write includes read
                         * @enum {string}
                         */
                        scope: "read" | "write";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiKey: {
                                id: string;
                                name: string;
                                /**
                                 * @description write includes read
                                 * @enum {string}
                                 */
                                scope: "read" | "write";
                                /** @description The 8 characters after `cl_` in the key, to tell keys apart (the key itself is never shown again) */
                                prefix: string;
                                createdAt: string;
                                /** @description Recorded at most once a minute; null: never used */
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            };
                            /** @description The key itself; shown only here */
                            key: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Owners and admins, in their session. The key stays in the list with `revokedAt` set and answers 401 from then on (at once on this server process, within 10 seconds on others). 404 when the key is unknown or already revoked.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List this workspace's background jobs, newest first, with counts by status
         * @description Any member or API key (read scope is enough). In pages of `limit` (follow `nextCursor`); `counts` covers all the workspace’s jobs, whatever the filters. Jobs of the server itself (not of one workspace) are not listed.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description Only jobs in this status */
                    status?: "pending" | "running" | "succeeded" | "failed";
                    /** @description Only jobs of this kind, by exact name, e.g. `import.run`, `distribution.send`, `webhook.deliver`, `themes.reanalyze` */
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                /**
                                 * @description pending: waiting to run (or to be retried); running; succeeded; failed: out of attempts
                                 * @enum {string}
                                 */
                                status: "pending" | "running" | "succeeded" | "failed";
                                /** @description What the job works on, e.g. `{ "importId": … }`; its shape depends on `name` */
                                payload: unknown;
                                /** @description When it runs next (or ran last); a retry after a failed attempt waits with exponential backoff */
                                runAt: string;
                                attempts: number;
                                maxAttempts: number;
                                lastError: string | null;
                                /** @description The worker running it, while it runs */
                                lockedBy: string | null;
                                createdAt: string;
                                updatedAt: string;
                                finishedAt: string | null;
                            }[];
                            nextCursor: string | null;
                            counts: {
                                pending: number;
                                running: number;
                                succeeded: number;
                                failed: number;
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a job
         * @description Any member or API key (read scope is enough). 404 when no job of this workspace has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /**
                             * @description pending: waiting to run (or to be retried); running; succeeded; failed: out of attempts
                             * @enum {string}
                             */
                            status: "pending" | "running" | "succeeded" | "failed";
                            /** @description What the job works on, e.g. `{ "importId": … }`; its shape depends on `name` */
                            payload: unknown;
                            /** @description When it runs next (or ran last); a retry after a failed attempt waits with exponential backoff */
                            runAt: string;
                            attempts: number;
                            maxAttempts: number;
                            lastError: string | null;
                            /** @description The worker running it, while it runs */
                            lockedBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a failed job again
         * @description Managers, owners and admins, or a write API key. A failed job goes back to pending with a fresh set of attempts, due at once; a job in any other status is answered unchanged (not an error). 404 when no job of this workspace has the id.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /**
                             * @description pending: waiting to run (or to be retried); running; succeeded; failed: out of attempts
                             * @enum {string}
                             */
                            status: "pending" | "running" | "succeeded" | "failed";
                            /** @description What the job works on, e.g. `{ "importId": … }`; its shape depends on `name` */
                            payload: unknown;
                            /** @description When it runs next (or ran last); a retry after a failed attempt waits with exponential backoff */
                            runAt: string;
                            attempts: number;
                            maxAttempts: number;
                            lastError: string | null;
                            /** @description The worker running it, while it runs */
                            lockedBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a survey (email) or create personal links, now or at a time, to listed people or a people filter
         * @description Managers, owners and admins, or a write API key. 404 when no survey of this workspace has the id; 409 naming `status` when the survey is not active, and naming `channel` for email (the default channel) when the server has no SMTP_URL, before anything is written (personal links work without it: with `channel: "link"` no email goes out and each send carries a personal link to share). Each send passes the workspace fatigue rules when it is due (recently surveyed, sampling, daily cap, quiet hours in the person’s time zone, unsubscribed, bounced); a skipped send keeps its reason.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Each by `personId`, or by email or externalId: a person not known yet is created, a known one gets the details given. A recipient’s `properties` are stored on that send only. Give `people`, `filter` or both */
                        people?: ({
                            personId: string;
                            /** @description Free-form key/value properties */
                            properties?: {
                                [key: string]: unknown;
                            };
                        } | {
                            email?: string;
                            externalId?: string;
                            name?: string;
                            phone?: string;
                            locale?: string;
                            timeZone?: string;
                            /** @description Free-form key/value properties */
                            properties?: {
                                [key: string]: unknown;
                            };
                        })[];
                        /** @description Everyone matching, besides `people`: `all: true`, the people of `accountId`, and/or those whose `property` has exactly this value */
                        filter?: {
                            all?: boolean;
                            accountId?: string;
                            property?: {
                                name: string;
                                value: string | number | boolean;
                            };
                        };
                        /** @description ISO-8601 date-time; default now */
                        at?: string;
                        /**
                         * @description email (default): emailed at `at`; link: no email, each send’s `link` is ready to share at once
                         * @enum {string}
                         */
                        channel?: "email" | "link";
                        /** @description Stored with every send and copied onto its response (e.g. an order id); a recipient’s own properties win */
                        properties?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scheduled: number;
                            skipped: number;
                            sends: {
                                id: string;
                                surveyId: string;
                                personId: string;
                                /** @enum {string} */
                                channel: "email" | "link" | "widget";
                                /** @enum {string} */
                                status: "scheduled" | "sent" | "skipped" | "failed" | "responded" | "cancelled";
                                /**
                                 * @description Why a skipped send was skipped
                                 * @enum {string|null}
                                 */
                                skipReason: "unsubscribed" | "bounced" | "no_email" | "recently_surveyed" | "sampled_out" | "daily_cap" | "survey_not_active" | "anonymous_not_allowed" | "quiet_hours" | null;
                                error: string | null;
                                scheduledAt: string;
                                sentAt: string | null;
                                remindedAt: string | null;
                                respondedAt: string | null;
                                responseId: string | null;
                                expiresAt: string;
                                /** @description The personal survey link; null unless the caller may send surveys (write access), since whoever holds the link can answer as the person */
                                link: string | null;
                                person: {
                                    id: string;
                                    email: string | null;
                                    name: string | null;
                                    externalId: string | null;
                                } | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sends, newest first, with status and skip reason
         * @description Any member or API key (read scope is enough). Every send of the workspace, optionally of one survey, person, status or channel (email, personal link or website widget), in pages of `limit` (follow `nextCursor`). `link` is filled in only for write access.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description Only sends of this survey (its id) */
                    surveyId?: string;
                    /** @description Only sends to this person (their id) */
                    personId?: string;
                    /** @description Only sends with this status; a skipped send says why in `skipReason` */
                    status?: "scheduled" | "sent" | "skipped" | "failed" | "responded" | "cancelled";
                    /** @description how the send reached the person: email, link (personal link) or widget */
                    channel?: "email" | "link" | "widget";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                surveyId: string;
                                personId: string;
                                /** @enum {string} */
                                channel: "email" | "link" | "widget";
                                /** @enum {string} */
                                status: "scheduled" | "sent" | "skipped" | "failed" | "responded" | "cancelled";
                                /**
                                 * @description Why a skipped send was skipped
                                 * @enum {string|null}
                                 */
                                skipReason: "unsubscribed" | "bounced" | "no_email" | "recently_surveyed" | "sampled_out" | "daily_cap" | "survey_not_active" | "anonymous_not_allowed" | "quiet_hours" | null;
                                error: string | null;
                                scheduledAt: string;
                                sentAt: string | null;
                                remindedAt: string | null;
                                respondedAt: string | null;
                                responseId: string | null;
                                expiresAt: string;
                                /** @description The personal survey link; null unless the caller may send surveys (write access), since whoever holds the link can answer as the person */
                                link: string | null;
                                person: {
                                    id: string;
                                    email: string | null;
                                    name: string | null;
                                    externalId: string | null;
                                } | null;
                                createdAt: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sends/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the sends the filters select as CSV (all of them, newest first)
         * @description Any member or API key (read scope is enough). Same filters as GET /api/v1/sends, no paging; a filter with a value it does not take is a 400 naming it. Columns: id, survey_id, created_at, scheduled_at, sent_at, responded_at, status, skip_reason, error, channel, person_id, email, name, external_id, link, expires_at. `link` (the personal survey link) is filled in only for write access, as in the list, and empty otherwise. A name, email, external id or error that would start with = + - @ is prefixed with an apostrophe, so a spreadsheet shows it as text rather than running it as a formula.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only sends of this survey (its id) */
                    surveyId?: string;
                    /** @description Only sends to this person (their id) */
                    personId?: string;
                    /** @description Only sends with this status; a skipped send says why in `skipReason` */
                    status?: "scheduled" | "sent" | "skipped" | "failed" | "responded" | "cancelled";
                    /** @description how the send reached the person: email, link (personal link) or widget */
                    channel?: "email" | "link" | "widget";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV, UTF-8, with a header line */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sends/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a send
         * @description Any member or API key (read scope is enough). One send with its status, skip reason and person; `link` only for write access. 404 when no send of this workspace has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            surveyId: string;
                            personId: string;
                            /** @enum {string} */
                            channel: "email" | "link" | "widget";
                            /** @enum {string} */
                            status: "scheduled" | "sent" | "skipped" | "failed" | "responded" | "cancelled";
                            /**
                             * @description Why a skipped send was skipped
                             * @enum {string|null}
                             */
                            skipReason: "unsubscribed" | "bounced" | "no_email" | "recently_surveyed" | "sampled_out" | "daily_cap" | "survey_not_active" | "anonymous_not_allowed" | "quiet_hours" | null;
                            error: string | null;
                            scheduledAt: string;
                            sentAt: string | null;
                            remindedAt: string | null;
                            respondedAt: string | null;
                            responseId: string | null;
                            expiresAt: string;
                            /** @description The personal survey link; null unless the caller may send surveys (write access), since whoever holds the link can answer as the person */
                            link: string | null;
                            person: {
                                id: string;
                                email: string | null;
                                name: string | null;
                                externalId: string | null;
                            } | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sends/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scheduled send
         * @description Managers, owners and admins, or a write API key. Cancels a send that has not gone out yet. 404 when no send of this workspace has the id; 409 once it was sent, skipped or cancelled.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            surveyId: string;
                            personId: string;
                            /** @enum {string} */
                            channel: "email" | "link" | "widget";
                            /** @enum {string} */
                            status: "scheduled" | "sent" | "skipped" | "failed" | "responded" | "cancelled";
                            /**
                             * @description Why a skipped send was skipped
                             * @enum {string|null}
                             */
                            skipReason: "unsubscribed" | "bounced" | "no_email" | "recently_surveyed" | "sampled_out" | "daily_cap" | "survey_not_active" | "anonymous_not_allowed" | "quiet_hours" | null;
                            error: string | null;
                            scheduledAt: string;
                            sentAt: string | null;
                            remindedAt: string | null;
                            respondedAt: string | null;
                            responseId: string | null;
                            expiresAt: string;
                            /** @description The personal survey link; null unless the caller may send surveys (write access), since whoever holds the link can answer as the person */
                            link: string | null;
                            person: {
                                id: string;
                                email: string | null;
                                name: string | null;
                                externalId: string | null;
                            } | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unsubscribes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People who unsubscribed
         * @description Any member or API key (read scope is enough). Newest first, in pages of `limit` (follow `nextCursor`); `detail` says where it came from (`link`: the unsubscribe link of a survey email; `api` or your own text: POST /api/v1/unsubscribes; `delighted_api`: the Delighted-compatible API). A person is listed once, when they first unsubscribed; 400 naming `since` or `until` when it is not a date.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description Only those recorded at or after this: an ISO-8601 date-time, or a day YYYY-MM-DD (UTC, from its start) */
                    since?: string;
                    /** @description Only those recorded at or before this: an ISO-8601 date-time, or a day YYYY-MM-DD (UTC, inclusive) */
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                personId: string | null;
                                email: string;
                                detail: string | null;
                                createdAt: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Unsubscribe an email address: it is never sent a survey again
         * @description Managers, owners and admins, or a write API key. Marks the person with this address unsubscribed (creating one when the address is unknown, so that it stays suppressed) and cancels their scheduled survey emails; 204 also when they already were. 400 naming `email` when it is not an email address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The address (not case-sensitive) */
                        email: string;
                        /** @description Why, for the record in the list; default `api` */
                        detail?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bounces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Addresses that bounced
         * @description Any member or API key (read scope is enough). Newest first, in pages of `limit` (follow `nextCursor`); `detail` says where it came from (your mail provider’s report posted to POST /api/v1/bounces, or the refusal of this server’s mail server when a survey email failed for good). Every report is listed, also a repeated one for the same address; 400 naming `since` or `until` when it is not a date.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description Only those recorded at or after this: an ISO-8601 date-time, or a day YYYY-MM-DD (UTC, from its start) */
                    since?: string;
                    /** @description Only those recorded at or before this: an ISO-8601 date-time, or a day YYYY-MM-DD (UTC, inclusive) */
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                personId: string | null;
                                email: string;
                                detail: string | null;
                                createdAt: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Bounce webhook: record a permanent bounce reported by your mail provider; the address is never sent to again
         * @description Managers, owners and admins, or a write API key. Sets `bouncedAt` on the person with this address (creating one when the address is unknown, so that it stays suppressed) and cancels their scheduled survey emails; each call adds an entry to GET /api/v1/bounces. 400 naming `email` when it is not an email address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The address (not case-sensitive) */
                        email: string;
                        /** @description Why, for the record in the list; default `reported by webhook` */
                        detail?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workspace settings
         * @description Any member or API key (read scope is enough). Settings never saved come with their defaults filled in: colour #2563eb, the standard root causes, no default language, and fatigue rules of 90 days between surveys, 100% sampling, no daily cap and quiet hours 21 to 8.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            branding: {
                                companyName: string | null;
                                logoUrl: string | null;
                                color: string;
                            };
                            rootCauses: string[];
                            /**
                             * @description Language of survey pages and emails when neither the person nor the survey says; null: the visitor’s browser decides
                             * @enum {string|null}
                             */
                            locale: "en" | "es" | "fr" | "de" | null;
                            fatigue: {
                                minDaysBetweenSurveys: number;
                                samplingPercent: number;
                                dailySendCap: number | null;
                                quietHours: {
                                    start: number;
                                    end: number;
                                } | null;
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change branding, default language or fatigue rules (owners and admins)
         * @description Owners and admins, in their session (403 for other roles and for API keys). A partial update: `branding` and `fatigue` are merged field by field, `rootCauses` replaces the whole list; the answer is the complete settings. Fatigue rules apply to sends that fall due from now on.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Fields left out keep their value */
                        branding?: {
                            /** @description Shown on survey pages and in survey emails; null: the workspace’s name */
                            companyName?: string | null;
                            /** @description An https:// address of the logo shown on survey pages and emails; null: none */
                            logoUrl?: string | null;
                            /** @description Accent colour of survey pages, emails and the widget, as #rrggbb; default #2563eb */
                            color?: string;
                        };
                        /** @description The root causes offered when a follow-up case is closed; replaces the whole list */
                        rootCauses?: string[];
                        /**
                         * @description Language of survey pages and emails when neither the person nor the survey has one; null: follow the visitor’s browser
                         * @enum {string|null}
                         */
                        locale?: "en" | "es" | "fr" | "de" | null;
                        /** @description Survey-fatigue rules, applied when a send is due; fields left out keep their value */
                        fatigue?: {
                            /** @description Never ask one person again within this many days, across all surveys and channels (default 90; 0: no limit) */
                            minDaysBetweenSurveys?: number;
                            /** @description Percent of due sends that go out; the others are skipped as `sampled_out` (default 100) */
                            samplingPercent?: number;
                            /** @description At most this many sends a UTC day in the workspace (emails count the emails sent; the widget counts emails and showings); more are skipped as `daily_cap`; null: no cap (the default) */
                            dailySendCap?: number | null;
                            /** @description No sends from `start` (inclusive) to `end` (exclusive) in the person’s time zone (UTC when unknown): emails due then wait until `end`, the widget stays hidden. Default 21 to 8; null: none */
                            quietHours?: {
                                /** @description Hour of the day, 0–23 */
                                start: number;
                                /** @description Hour of the day, 0–23 */
                                end: number;
                            } | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            branding: {
                                companyName: string | null;
                                logoUrl: string | null;
                                color: string;
                            };
                            rootCauses: string[];
                            /**
                             * @description Language of survey pages and emails when neither the person nor the survey says; null: the visitor’s browser decides
                             * @enum {string|null}
                             */
                            locale: "en" | "es" | "fr" | "de" | null;
                            fatigue: {
                                minDaysBetweenSurveys: number;
                                samplingPercent: number;
                                dailySendCap: number | null;
                                quietHours: {
                                    start: number;
                                    end: number;
                                } | null;
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/widget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Install snippet of the website widget for a survey; with includeSecret=true (owners and admins) also the signing secret for visitor hashes
         * @description Any member or API key (read scope is enough); `includeSecret=true` takes an owner’s or admin’s session (403 otherwise). The secret signs visitor ids for every survey of the workspace. 404 when no survey of this workspace has the id.
         */
        get: {
            parameters: {
                query: {
                    /** @description The survey the widget asks (its id) */
                    surveyId: string;
                    /** @description Also answer the workspace signing secret, for computing visitor hashes */
                    includeSecret?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            surveyId: string;
                            workspaceId: string;
                            scriptUrl: string;
                            /** @description HTML to paste before </body>: loads the widget and calls Clearloop.init */
                            snippet: string;
                            /** @description The same install as one script tag with data- attributes */
                            dataAttributes: string;
                            /** @description Whether visitors who are not signed in are asked (the survey allows a public link) */
                            anonymousAllowed: boolean;
                            surveyActive: boolean;
                            identity: {
                                /** @description The workspace signing secret, only with includeSecret=true; keep it on your server */
                                secret: string | null;
                                algorithm: string;
                                examples: {
                                    [key: string]: string;
                                };
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook subscriptions
         * @description Owners and admins, in their session (403 for other roles and for API keys). Every webhook of the workspace, newest first; not paged. The signing secret is not shown again.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                url: string;
                                events: ("response.created" | "response.updated")[];
                                enabled: boolean;
                                /** @description Deliveries that failed for good in a row; at 5 the webhook is disabled */
                                consecutiveFailures: number;
                                /** @description Why it is disabled (by a user, or after failures); null while enabled */
                                disabledReason: string | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Subscribe a URL to events; the signing secret (Standard Webhooks) is shown only in this answer
         * @description Owners and admins, in their session (403 for other roles and for API keys). Each event is POSTed as JSON with the headers webhook-id, webhook-timestamp and webhook-signature (verify them with `secret`); any 2xx answer within 10 seconds counts as delivered. A failed delivery is tried up to 8 times with growing waits (the last about two hours after the event); after 5 deliveries in a row fail for good the webhook is disabled.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An absolute http(s) URL; deliveries are POSTed to it and redirects are not followed */
                        url: string;
                        /** @description The events to send (at least one) */
                        events: ("response.created" | "response.updated")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            events: ("response.created" | "response.updated")[];
                            enabled: boolean;
                            /** @description Deliveries that failed for good in a row; at 5 the webhook is disabled */
                            consecutiveFailures: number;
                            /** @description Why it is disabled (by a user, or after failures); null while enabled */
                            disabledReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            /** @description The signing secret (`whsec_…`); shown only here */
                            secret: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook
         * @description Owners and admins, in their session (403 for other roles and for API keys). 404 when no webhook of this workspace has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            events: ("response.created" | "response.updated")[];
                            enabled: boolean;
                            /** @description Deliveries that failed for good in a row; at 5 the webhook is disabled */
                            consecutiveFailures: number;
                            /** @description Why it is disabled (by a user, or after failures); null while enabled */
                            disabledReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Owners and admins, in their session (403 for other roles and for API keys). Its delivery log goes with it and deliveries still waiting are not sent. 404 when no webhook of this workspace has the id.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a webhook; enabled: true re-enables one that was disabled after failures
         * @description Owners and admins, in their session (403 for other roles and for API keys). Only the fields sent change; the signing secret stays. 404 when no webhook of this workspace has the id.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An absolute http(s) URL; deliveries are POSTed to it and redirects are not followed */
                        url?: string;
                        /** @description Replaces the subscribed events (at least one) */
                        events?: ("response.created" | "response.updated")[];
                        /** @description false pauses deliveries; true resumes them and clears the failure count */
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            events: ("response.created" | "response.updated")[];
                            enabled: boolean;
                            /** @description Deliveries that failed for good in a row; at 5 the webhook is disabled */
                            consecutiveFailures: number;
                            /** @description Why it is disabled (by a user, or after failures); null while enabled */
                            disabledReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivery log, newest first
         * @description Owners and admins, in their session (403 for other roles and for API keys). Every delivery of the webhook with its status, attempts and your endpoint’s last answer, in pages of `limit` (follow `nextCursor`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /** @enum {string} */
                                event: "response.created" | "response.updated" | "webhook.test";
                                /** @enum {string} */
                                status: "pending" | "succeeded" | "failed";
                                attempts: number;
                                /** @description HTTP status your endpoint answered at the last attempt; null when it could not be reached */
                                responseStatus: number | null;
                                /** @description The first 1,000 characters of your endpoint’s answer */
                                responseBody: string | null;
                                error: string | null;
                                /** @description The body that is POSTed: `{ type, timestamp, data }`, data being the response for response events */
                                payload: unknown;
                                createdAt: string;
                                deliveredAt: string | null;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a webhook.test event
         * @description Owners and admins, in their session (403 for other roles and for API keys). Queues a `webhook.test` delivery (whatever events the webhook subscribes to), signed and retried like any other; follow it in the delivery log by `deliveryId`. A disabled webhook records it as failed without sending.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveryId: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Detect the column mapping of a CSV and show its first rows
         * @description Managers, owners and admins, or a write API key. Writes nothing: answers each column with the field it maps to (`ignore`, or `property:<name>` for a column kept as a property), the first rows and the row count, so a mapping can be confirmed before `POST /api/v1/imports`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description people: creates or updates people; responses: adds responses to one survey
                         * @enum {string}
                         */
                        kind: "people" | "responses";
                        /** @description the CSV file’s text (UTF-8, header row first) */
                        csv: string;
                        /** @description column name → field (see the preview for field names); others are detected by their header, and the rest become properties. People fields: email, name, externalId, phone, locale, timeZone, account. Response fields: score, comment, email, name, externalId, phone, team, location, employee, channel, createdAt. `ignore` skips a column. */
                        mapping?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                name: string;
                                field: string;
                            }[];
                            sample: string[][];
                            totalRows: number;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Imports, newest first
         * @description Any member or API key (read scope is enough). In pages of `limit` (follow `nextCursor`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                /**
                                 * @description people: creates or updates people; responses: adds responses to one survey
                                 * @enum {string}
                                 */
                                kind: "people" | "responses";
                                surveyId: string | null;
                                fileName: string;
                                /**
                                 * @description invalid: nothing was imported (see problems); queued, running, done or failed
                                 * @enum {string}
                                 */
                                status: "invalid" | "queued" | "running" | "done" | "failed";
                                totalRows: number;
                                processedRows: number;
                                importedRows: number;
                                /** @description Percent of the rows processed, 0–100 */
                                progress: number;
                                /** @description What is wrong, by row (1 is the header) and column; at most 1,000 */
                                problems: {
                                    row: number;
                                    column: string;
                                    message: string;
                                }[];
                                error: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start an import: the file is checked at once (problems by row and column); a clean file is imported in the background
         * @description Managers, owners and admins, or a write API key. Answers 201 either way: status `invalid` with its `problems` when nothing will be imported, else `queued` (an `import.run` job; follow it with `GET /api/v1/imports/{id}`). Imported responses count like any other: metrics, webhooks, alert rules and text analytics see them; people are matched by email, then external id, and updated or created.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description people: creates or updates people; responses: adds responses to one survey
                         * @enum {string}
                         */
                        kind: "people" | "responses";
                        /** @description The survey the responses belong to; required for a responses import */
                        surveyId?: string;
                        /** @description The uploaded file’s name, shown in the list of imports */
                        fileName: string;
                        /** @description the CSV file’s text (UTF-8, header row first) */
                        csv: string;
                        /** @description column name → field (see the preview for field names); others are detected by their header, and the rest become properties. People fields: email, name, externalId, phone, locale, timeZone, account. Response fields: score, comment, email, name, externalId, phone, team, location, employee, channel, createdAt. `ignore` skips a column. */
                        mapping?: {
                            [key: string]: string;
                        };
                        /** @description Import the valid rows and skip those with problems (a header problem still stops the import); default false */
                        skipInvalid?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /**
                             * @description people: creates or updates people; responses: adds responses to one survey
                             * @enum {string}
                             */
                            kind: "people" | "responses";
                            surveyId: string | null;
                            fileName: string;
                            /**
                             * @description invalid: nothing was imported (see problems); queued, running, done or failed
                             * @enum {string}
                             */
                            status: "invalid" | "queued" | "running" | "done" | "failed";
                            totalRows: number;
                            processedRows: number;
                            importedRows: number;
                            /** @description Percent of the rows processed, 0–100 */
                            progress: number;
                            /** @description What is wrong, by row (1 is the header) and column; at most 1,000 */
                            problems: {
                                row: number;
                                column: string;
                                message: string;
                            }[];
                            error: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import with its progress and report
         * @description Any member or API key (read scope is enough). Poll it while the status is `queued` or `running`; `done` ends with `importedRows` and the rows skipped in `problems`, `failed` with `error`. 404 when no import of this workspace has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /**
                             * @description people: creates or updates people; responses: adds responses to one survey
                             * @enum {string}
                             */
                            kind: "people" | "responses";
                            surveyId: string | null;
                            fileName: string;
                            /**
                             * @description invalid: nothing was imported (see problems); queued, running, done or failed
                             * @enum {string}
                             */
                            status: "invalid" | "queued" | "running" | "done" | "failed";
                            totalRows: number;
                            processedRows: number;
                            importedRows: number;
                            /** @description Percent of the rows processed, 0–100 */
                            progress: number;
                            /** @description What is wrong, by row (1 is the header) and column; at most 1,000 */
                            problems: {
                                row: number;
                                column: string;
                                message: string;
                            }[];
                            error: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render the survey email (and page) with saved or unsaved settings, for a live preview
         * @description Any member or API key (read scope is enough); nothing is saved and nothing is sent. Renders the email as a person named Alex would get it (with the survey’s own subject and intro, saved or from `draft.email`) and, where available, the survey page; `email.reminderSubject` is the reminder’s subject. 404 when no survey of this workspace has the id; 400 naming the `draft/email/…` text that a save would refuse.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Language to render in; default: the survey’s language, else the workspace’s, else English
                         * @enum {string}
                         */
                        locale?: "en" | "es" | "fr" | "de";
                        /** @description Show the page as after this score (its follow-up question); null or left out: the score question */
                        score?: number | null;
                        /** @description Unsaved edits from the survey editor, with the meaning of the survey’s own fields; a field left out is the saved one */
                        draft?: {
                            /** @enum {string} */
                            kind?: "nps" | "csat" | "ces";
                            question?: string;
                            followUp?: {
                                [key: string]: string;
                            };
                            questions?: unknown[];
                            thankYou?: {
                                [key: string]: unknown;
                            };
                            /** @description The survey’s own email subject, intro and reminder subject; blank or null puts the localised default back */
                            email?: {
                                /** @description one line; {company} becomes the company name */
                                subject?: string | null;
                                /** @description the paragraph above the question; line breaks are kept; {company} becomes the company name */
                                intro?: string | null;
                                /** @description one line; {company} becomes the company name */
                                reminderSubject?: string | null;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: {
                                subject: string;
                                /** @description the reminder email’s subject */
                                reminderSubject: string;
                                html: string;
                                text: string;
                            };
                            page: {
                                html: string;
                            } | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alert rules
         * @description Any member or API key (read scope is enough). Every rule of the workspace, oldest first (the order they run in); not paged.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                enabled: boolean;
                                conditions: unknown;
                                actions: unknown;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an alert rule: conditions on new or updated responses, and actions (open a case, notify, tag)
         * @description Owners and admins, in their session (403 for other roles and for API keys). From now on, every new or updated response that meets the conditions sets off the actions (earlier responses are not looked at; imported and back-dated ones only with `includeImported`). 400 naming the field when no action is given, a URL is not http(s), or a survey, team, location, employee or user named is not in this workspace.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Shown in the notifications it sends */
                        name: string;
                        /** @description false: saved but not run; default true */
                        enabled?: boolean;
                        /** @description All the conditions given must hold; a list matches any of its values. No condition: every new or updated response (imported and back-dated ones only with `includeImported`) */
                        conditions: {
                            /** @description Any of these score groups: promoter, passive, detractor (NPS); satisfied, neutral, dissatisfied (CSAT); easy, neutral, difficult (CES) */
                            scoreGroups?: ("promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult")[];
                            /** @description Only scores of at least this; unscored feedback does not match */
                            scoreMin?: number;
                            /** @description Only scores of at most this; unscored feedback does not match */
                            scoreMax?: number;
                            /** @description true: only unscored feedback (the public feedback page); false: only scored responses */
                            unscored?: boolean;
                            /** @description Only responses to any of these surveys (their ids) */
                            surveyIds?: string[];
                            /** @description Only responses that arrived by any of these channels (link, email, widget, feedback_page, api, import, delighted_api) */
                            channels?: string[];
                            /** @description Only responses attributed to any of these teams (their ids) */
                            teamIds?: string[];
                            /** @description Only responses attributed to any of these locations (their ids) */
                            locationIds?: string[];
                            /** @description Only responses attributed to any of these employees (their ids) */
                            employeeIds?: string[];
                            /** @description Any of these words or phrases in the comment (whole words, not case-sensitive) */
                            words?: string[];
                            /** @description Any of these themes (taxonomy ids) found in the comment; the rules run again once a comment has been analysed */
                            themes?: string[];
                            /** @description A property of the response’s person compared with `value`: eq and neq as text, gt, gte, lt and lte as numbers, contains as text (not case-sensitive); a missing property matches only neq */
                            personProperty?: {
                                name: string;
                                /** @enum {string} */
                                op: "eq" | "neq" | "gt" | "gte" | "lt" | "lte" | "contains";
                                value: string | number | boolean;
                            };
                            /** @description A property of the account of the response’s person compared with `value`: eq and neq as text, gt, gte, lt and lte as numbers, contains as text (not case-sensitive); a missing property matches only neq */
                            accountProperty?: {
                                name: string;
                                /** @enum {string} */
                                op: "eq" | "neq" | "gt" | "gte" | "lt" | "lte" | "contains";
                                value: string | number | boolean;
                            };
                            /** @description Also act on imported responses (channel import) and back-dated ones (dated more than 7 days before they arrived); skipped by default */
                            includeImported?: boolean;
                        };
                        /** @description What a matching response sets off; at least one action */
                        actions: {
                            /** @description Open a follow-up case on the response (a response has at most one), its deadlines counted from then */
                            openCase?: {
                                /**
                                 * @description team_manager: the manager of the response’s team (or of its employee’s team); round_robin: in turn, the users linked to the employees of `teamId`; user: `userId`; none: nobody. When no one is found the case opens unassigned and the team’s manager, else the owners and admins, are emailed
                                 * @enum {string}
                                 */
                                assign: "team_manager" | "round_robin" | "user" | "none";
                                /** @description assign: user: the member who gets the cases (their user id) */
                                userId?: string;
                                /** @description assign: round_robin: the team whose employees take turns (its id); default the response’s team */
                                teamId?: string;
                                /**
                                 * @description The case’s priority; default normal
                                 * @enum {string}
                                 */
                                priority?: "low" | "normal" | "high" | "urgent";
                                /** @description Hours from opening to the first-contact deadline; default 24 */
                                firstContactHours?: number;
                                /** @description Hours from opening to the resolution deadline; default 72 */
                                resolutionHours?: number;
                                /** @description Send the customer the survey again this many days after the case is closed; default: no re-survey */
                                resurveyDays?: number;
                                /** @description Also open a case on a response without a comment whose customer cannot be reached (no person, or no email and no phone); skipped by default. Any case on an unreachable customer has no first-contact deadline */
                                includeAnonymous?: boolean;
                            };
                            /** @description Email these addresses about the response, with a link to it */
                            notifyEmails?: string[];
                            /** @description POST `{ rule, event, response }` as JSON to this http(s) URL; retried when it fails */
                            webhookUrl?: string;
                            /** @description POST a Slack-style message (`{"text": …}`) to this incoming-webhook URL */
                            slackWebhookUrl?: string;
                            /** @description Add these tags to the response: trimmed, 1–40 characters each, repeats in any case count once; a response holds at most 20 tags */
                            addTags?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            enabled: boolean;
                            conditions: unknown;
                            actions: unknown;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an alert rule
         * @description Any member or API key (read scope is enough). 404 when no rule of this workspace has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            enabled: boolean;
                            conditions: unknown;
                            actions: unknown;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an alert rule
         * @description Owners and admins, in their session (403 for other roles and for API keys). The cases it opened stay, with `ruleId` null. 404 when no rule of this workspace has the id.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change an alert rule
         * @description Owners and admins, in their session (403 for other roles and for API keys). Only the fields sent change; `conditions` and `actions` are replaced as a whole, and `enabled: false` pauses the rule. 404 when no rule of this workspace has the id; 400 naming the field when no action is given, a URL is not http(s), or a survey, team, location, employee or user named is not in this workspace.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Shown in the notifications it sends */
                        name?: string;
                        /** @description false: the rule no longer runs; true: it runs again */
                        enabled?: boolean;
                        /** @description All the conditions given must hold; a list matches any of its values. No condition: every new or updated response (imported and back-dated ones only with `includeImported`) */
                        conditions?: {
                            /** @description Any of these score groups: promoter, passive, detractor (NPS); satisfied, neutral, dissatisfied (CSAT); easy, neutral, difficult (CES) */
                            scoreGroups?: ("promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult")[];
                            /** @description Only scores of at least this; unscored feedback does not match */
                            scoreMin?: number;
                            /** @description Only scores of at most this; unscored feedback does not match */
                            scoreMax?: number;
                            /** @description true: only unscored feedback (the public feedback page); false: only scored responses */
                            unscored?: boolean;
                            /** @description Only responses to any of these surveys (their ids) */
                            surveyIds?: string[];
                            /** @description Only responses that arrived by any of these channels (link, email, widget, feedback_page, api, import, delighted_api) */
                            channels?: string[];
                            /** @description Only responses attributed to any of these teams (their ids) */
                            teamIds?: string[];
                            /** @description Only responses attributed to any of these locations (their ids) */
                            locationIds?: string[];
                            /** @description Only responses attributed to any of these employees (their ids) */
                            employeeIds?: string[];
                            /** @description Any of these words or phrases in the comment (whole words, not case-sensitive) */
                            words?: string[];
                            /** @description Any of these themes (taxonomy ids) found in the comment; the rules run again once a comment has been analysed */
                            themes?: string[];
                            /** @description A property of the response’s person compared with `value`: eq and neq as text, gt, gte, lt and lte as numbers, contains as text (not case-sensitive); a missing property matches only neq */
                            personProperty?: {
                                name: string;
                                /** @enum {string} */
                                op: "eq" | "neq" | "gt" | "gte" | "lt" | "lte" | "contains";
                                value: string | number | boolean;
                            };
                            /** @description A property of the account of the response’s person compared with `value`: eq and neq as text, gt, gte, lt and lte as numbers, contains as text (not case-sensitive); a missing property matches only neq */
                            accountProperty?: {
                                name: string;
                                /** @enum {string} */
                                op: "eq" | "neq" | "gt" | "gte" | "lt" | "lte" | "contains";
                                value: string | number | boolean;
                            };
                            /** @description Also act on imported responses (channel import) and back-dated ones (dated more than 7 days before they arrived); skipped by default */
                            includeImported?: boolean;
                        };
                        /** @description What a matching response sets off; at least one action */
                        actions?: {
                            /** @description Open a follow-up case on the response (a response has at most one), its deadlines counted from then */
                            openCase?: {
                                /**
                                 * @description team_manager: the manager of the response’s team (or of its employee’s team); round_robin: in turn, the users linked to the employees of `teamId`; user: `userId`; none: nobody. When no one is found the case opens unassigned and the team’s manager, else the owners and admins, are emailed
                                 * @enum {string}
                                 */
                                assign: "team_manager" | "round_robin" | "user" | "none";
                                /** @description assign: user: the member who gets the cases (their user id) */
                                userId?: string;
                                /** @description assign: round_robin: the team whose employees take turns (its id); default the response’s team */
                                teamId?: string;
                                /**
                                 * @description The case’s priority; default normal
                                 * @enum {string}
                                 */
                                priority?: "low" | "normal" | "high" | "urgent";
                                /** @description Hours from opening to the first-contact deadline; default 24 */
                                firstContactHours?: number;
                                /** @description Hours from opening to the resolution deadline; default 72 */
                                resolutionHours?: number;
                                /** @description Send the customer the survey again this many days after the case is closed; default: no re-survey */
                                resurveyDays?: number;
                                /** @description Also open a case on a response without a comment whose customer cannot be reached (no person, or no email and no phone); skipped by default. Any case on an unreachable customer has no first-contact deadline */
                                includeAnonymous?: boolean;
                            };
                            /** @description Email these addresses about the response, with a link to it */
                            notifyEmails?: string[];
                            /** @description POST `{ rule, event, response }` as JSON to this http(s) URL; retried when it fails */
                            webhookUrl?: string;
                            /** @description POST a Slack-style message (`{"text": …}`) to this incoming-webhook URL */
                            slackWebhookUrl?: string;
                            /** @description Add these tags to the response: trimmed, 1–40 characters each, repeats in any case count once; a response holds at most 20 tags */
                            addTags?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            enabled: boolean;
                            conditions: unknown;
                            actions: unknown;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow-up cases you may see, newest first (agents: their own; managers: their teams’)
         * @description Any member or API key (read scope is enough): owners, admins, viewers and API keys see every case; managers the cases of the teams they manage and their own; agents only their own and those about them (their employee records). Newest first, in pages of `limit` (follow `nextCursor`), each with a `summary` of its response; the filters combine, and 400 names `unassigned` or `open` when they contradict each other.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description Only cases with this status */
                    status?: "open" | "in_progress" | "resolved" | "closed";
                    /** @description true: only cases still to do (open or in_progress); false: only resolved or closed ones */
                    open?: boolean;
                    /** @description Only cases owned by this user (their id) */
                    ownerUserId?: string;
                    /** @description true: only cases without an owner (not with ownerUserId or mine=true); false: only cases with one */
                    unassigned?: boolean;
                    /** @description Only cases of this team (its id): the team of the case’s response */
                    teamId?: string;
                    /** @description Only cases with this priority */
                    priority?: "low" | "normal" | "high" | "urgent";
                    /** @description true: only cases still to do that missed a deadline (no first contact in time, or not resolved in time); false or left out: all */
                    overdue?: boolean;
                    /** @description true: only cases you own (ignored for an API key, which is no user); false or left out: all */
                    mine?: boolean;
                    /** @description the case about this response (at most one), if you may see it */
                    responseId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                responseId: string;
                                ruleId: string | null;
                                personId: string | null;
                                teamId: string | null;
                                employeeId: string | null;
                                ownerUserId: string | null;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high" | "urgent";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "resolved" | "closed";
                                /** @enum {string|null} */
                                outcome: "won_back" | "not_recoverable" | "no_reply" | "no_action_needed" | null;
                                rootCause: string | null;
                                initialScore: number | null;
                                firstContactDueAt: string;
                                resolutionDueAt: string;
                                firstContactedAt: string | null;
                                resolvedAt: string | null;
                                closedAt: string | null;
                                escalatedAt: string | null;
                                overdue: boolean;
                                /** @description Won back: a later answer from the same person no longer negative (wonBackAt), or closed with the outcome won_back */
                                wonBack: boolean;
                                /** @description When a later answer showed the customer won back */
                                wonBackAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                                /** @description The case's response as an inbox row shows it (null if the response was deleted) */
                                summary: {
                                    score: number | null;
                                    /** @enum {string|null} */
                                    group: "promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult" | null;
                                    comment: string | null;
                                    customer: {
                                        name: string | null;
                                        email: string | null;
                                        externalId: string | null;
                                    } | null;
                                } | null;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a case on a response by hand
         * @description Managers, owners and admins, or a write API key (agents and viewers get 403). Opens the case with its deadlines counted from now, adds `created` to its timeline and emails the owner, if any. 404 when no response of this workspace has `responseId`; 409 naming `responseId` when the response already has a case; 400 naming `ownerUserId` when that user is not a member of the workspace.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The response to follow up (its id); a response has at most one case */
                        responseId: string;
                        /** @description The member who owns the case (their user id); null or left out: nobody yet */
                        ownerUserId?: string | null;
                        /**
                         * @description Default normal
                         * @enum {string}
                         */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @description Hours from opening to the first-contact deadline; default 24 */
                        firstContactHours?: number;
                        /** @description Hours from opening to the resolution deadline; default 72 */
                        resolutionHours?: number;
                        /** @description Send the customer the survey again this many days after the case is closed; default: no re-survey */
                        resurveyDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            responseId: string;
                            ruleId: string | null;
                            personId: string | null;
                            teamId: string | null;
                            employeeId: string | null;
                            ownerUserId: string | null;
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "resolved" | "closed";
                            /** @enum {string|null} */
                            outcome: "won_back" | "not_recoverable" | "no_reply" | "no_action_needed" | null;
                            rootCause: string | null;
                            initialScore: number | null;
                            firstContactDueAt: string;
                            resolutionDueAt: string;
                            firstContactedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            escalatedAt: string | null;
                            overdue: boolean;
                            /** @description Won back: a later answer from the same person no longer negative (wonBackAt), or closed with the outcome won_back */
                            wonBack: boolean;
                            /** @description When a later answer showed the customer won back */
                            wonBackAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow-up metrics: share followed up, time to first contact and to close, deadline compliance, win-back rate (with counts)
         * @description Any member or API key (read scope is enough), over the cases they may see (as in the list). For the cases opened in the range: how many, how many are still to do, the share followed up, the median hours to first contact and to close, the shares on time, the win-back rate among cases on negative answers and the outcomes, each share with its counts. 400 naming `from` or `to` for a day that does not exist, or `from` after `to`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, inclusive; default 89 days before `to` (90 days in all) */
                    from?: string;
                    /** @description YYYY-MM-DD, inclusive; default today (UTC) */
                    to?: string;
                    /** @description Adds `groups`: the same figures per owner (user id) or per team (id), `(none)` for cases without one, most cases first */
                    groupBy?: "owner" | "team";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/bulk-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign many cases to one owner
         * @description Managers, owners and admins, or a write API key (agents and viewers get 403). Every case and the owner are checked before any case changes: 400 naming `caseIds/<i>` for a case that does not exist or that you may not see, naming `ownerUserId` for a user who is not a member. Each case whose owner changes gets an `assigned` event on its timeline and the new owner an email; `updated` is the number of ids sent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The cases to assign (their ids) */
                        caseIds: string[];
                        /** @description The member who is to own them all (their user id); null: nobody */
                        ownerUserId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case with its response and timeline
         * @description Any member or API key (read scope is enough), for a case they may see (as in the list). The case with its response and its timeline, oldest event first; 404 when no case of this workspace that you may see has the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            responseId: string;
                            ruleId: string | null;
                            personId: string | null;
                            teamId: string | null;
                            employeeId: string | null;
                            ownerUserId: string | null;
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "resolved" | "closed";
                            /** @enum {string|null} */
                            outcome: "won_back" | "not_recoverable" | "no_reply" | "no_action_needed" | null;
                            rootCause: string | null;
                            initialScore: number | null;
                            firstContactDueAt: string;
                            resolutionDueAt: string;
                            firstContactedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            escalatedAt: string | null;
                            overdue: boolean;
                            /** @description Won back: a later answer from the same person no longer negative (wonBackAt), or closed with the outcome won_back */
                            wonBack: boolean;
                            /** @description When a later answer showed the customer won back */
                            wonBackAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                            response: unknown;
                            timeline: {
                                id: string;
                                /** @enum {string} */
                                kind: "created" | "assigned" | "status" | "note" | "contact_email" | "contact_call" | "escalated" | "resurvey" | "won_back" | "response";
                                actorUserId: string | null;
                                body: string | null;
                                data: unknown;
                                createdAt: string;
                            }[];
                            /** @description Whether this server can send email (SMTP_URL); without it, contact by email answers 503 (log a call instead) and a re-survey 409 */
                            emailConfigured: boolean;
                            /**
                             * @description Why the customer could not be reached when the case opened, so it has no first-contact deadline: anonymous (no person) or no_contact_details (no email or phone); null otherwise
                             * @enum {string|null}
                             */
                            noContact: "anonymous" | "no_contact_details" | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change status, owner or priority; closing needs an outcome and a root cause
         * @description Owners, admins, managers and agents, or a write API key (viewers and read keys get 403), on a case they may see; 404 otherwise. Only the fields sent change: closing needs `outcome` and `rootCause` (400 naming the one missing or not allowed), reopening clears the outcome, and each change adds an event to the timeline. A new owner is emailed, and closing a case with a re-survey schedules it.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status?: "open" | "in_progress" | "resolved" | "closed";
                        /** @description The member who owns the case (their user id); null: nobody */
                        ownerUserId?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /**
                         * @description How it ended; needed to close (status closed), ignored otherwise
                         * @enum {string}
                         */
                        outcome?: "won_back" | "not_recoverable" | "no_reply" | "no_action_needed";
                        /** @description Why it happened, one of the workspace’s root causes (settings); needed to close, ignored otherwise */
                        rootCause?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            responseId: string;
                            ruleId: string | null;
                            personId: string | null;
                            teamId: string | null;
                            employeeId: string | null;
                            ownerUserId: string | null;
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "resolved" | "closed";
                            /** @enum {string|null} */
                            outcome: "won_back" | "not_recoverable" | "no_reply" | "no_action_needed" | null;
                            rootCause: string | null;
                            initialScore: number | null;
                            firstContactDueAt: string;
                            resolutionDueAt: string;
                            firstContactedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            escalatedAt: string | null;
                            overdue: boolean;
                            /** @description Won back: a later answer from the same person no longer negative (wonBackAt), or closed with the outcome won_back */
                            wonBack: boolean;
                            /** @description When a later answer showed the customer won back */
                            wonBackAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a note; @name@example.com mentions notify colleagues
         * @description Owners, admins, managers and agents, or a write API key (viewers and read keys get 403), on a case they may see; 404 otherwise. Adds a `note` event to the timeline; each workspace member mentioned by `@` and their email address (`@name@example.com`) is emailed a link to the case.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The note, as plain text */
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "created" | "assigned" | "status" | "note" | "contact_email" | "contact_call" | "escalated" | "resurvey" | "won_back" | "response";
                            actorUserId: string | null;
                            body: string | null;
                            data: unknown;
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/resurvey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-survey: send the customer the case’s survey again by email, now
         * @description Owners, admins, managers and agents, or a write API key (viewers and read keys get 403), on a case they may see; 404 otherwise. Schedules one survey email to the customer for now (the fatigue rules apply when it is due, as for any send) and adds a `resurvey` event naming the send to the timeline; a later answer no longer negative wins the case back. 409, before anything is written, when this server has no SMTP_URL (as `emailConfigured` on the case says), the customer has no email address, unsubscribed or bounced, the response came from the feedback page, or the survey is not active.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "created" | "assigned" | "status" | "note" | "contact_email" | "contact_call" | "escalated" | "resurvey" | "won_back" | "response";
                            actorUserId: string | null;
                            body: string | null;
                            data: {
                                /** @description The send made (GET /api/v1/sends/{id}) */
                                sendId: string;
                                /** @description The send’s status when made: scheduled */
                                status: string;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log customer contact: send an email to the customer from the case, or note a call
         * @description Owners, admins, managers and agents, or a write API key (viewers and read keys get 403), on a case they may see; 404 otherwise. With `kind: "email"` the text goes to the customer’s address: 400 naming `subject` when it is missing, naming `kind` when the customer has no address or their mail server refuses it; 503 when this server cannot send email or its mail server did not take it (nothing is logged). The contact is added to the timeline, and the first one sets `firstContactedAt` (stopping the first-contact clock) and moves an open case to in_progress.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description email: send `subject` and `body` to the customer now; call: note a call that took place
                         * @enum {string}
                         */
                        kind: "email" | "call";
                        /** @description The email’s subject; needed for an email */
                        subject?: string;
                        /** @description The email’s text, or a note of the call */
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "created" | "assigned" | "status" | "note" | "contact_email" | "contact_call" | "escalated" | "resurvey" | "won_back" | "response";
                            actorUserId: string | null;
                            body: string | null;
                            data: unknown;
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Responses attributed to you (or to an employee you may see), newest first
         * @description A page of responses (`data`, `nextCursor`) with the `employeeId` shown. Without employeeId: your own employee record’s feed; with none linked to you, an empty page with employeeId null (an API key must pass employeeId). Owners, admins, viewers and API keys may name any employee; a manager their own record and the employees of the teams they manage; an agent only their own (404 for anyone else).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description The employee whose feed to show; default: the employee record linked to you */
                    employeeId?: string;
                    /** @description Only responses to this survey */
                    surveyId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An employee’s score beside their team’s and everyone’s
         * @description Owners, admins, viewers and API keys may name any employee; a manager their own record and the employees of the teams they manage; an agent only their own (404 for anyone else). Answers `mine`, `team` (null when the employee has no team) and `overall`, each with total, score and 95% margin of error, over the last `days` UTC days up to today. 404 for an unknown employee or survey.
         */
        get: {
            parameters: {
                query: {
                    /** @description The employee (its id) */
                    employeeId: string;
                    /** @description The survey whose score is shown */
                    surveyId: string;
                    /** @description Days counted back from today (UTC), today included; default 90 */
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notification preferences in this workspace (signed-in users only)
         * @description Any member, in their own session (403 for an API key, which has no preferences). `employees` lists the employee records linked to you; without one, no feedback is attributed to you.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Email me each new response attributed to me (off by default) */
                            feedbackEmail: boolean;
                            /** @description Where the emails go: the user’s login email */
                            email: string;
                            /** @description Employee records of this workspace linked to the user */
                            employees: {
                                id: string;
                                name: string;
                            }[];
                            /** @description Whether this server can send email (SMTP_URL) */
                            emailConfigured: boolean;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        /**
         * Set your notification preferences: feedbackEmail emails you each new response attributed to you (needs a linked employee record)
         * @description Any member, in their own session (403 for an API key). 409 when switching on with no employee record linked to you (an owner or admin links one). From then on, each new response attributed to your employee records is emailed to your login email once; nothing is sent while the server has no SMTP_URL (see `emailConfigured`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description true: email me each new response attributed to me; false: stop */
                        feedbackEmail: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Email me each new response attributed to me (off by default) */
                            feedbackEmail: boolean;
                            /** @description Where the emails go: the user’s login email */
                            email: string;
                            /** @description Employee records of this workspace linked to the user */
                            employees: {
                                id: string;
                                name: string;
                            }[];
                            /** @description Whether this server can send email (SMTP_URL) */
                            emailConfigured: boolean;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoreboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Teams or employees with score, margin of error and count; ranked only with enough responses
         * @description Any member or API key (read scope is enough). `rows` holds the ranked groups first, best score first (rank 1, 2, …), then those with fewer than `minResponses` responses, unranked (rank null): their margin is too wide to order them. 404 for an unknown survey; 400 when `from` is after `to` or the range exceeds 3,660 days.
         */
        get: {
            parameters: {
                query: {
                    /** @description The survey whose scores are compared */
                    surveyId: string;
                    /** @description Compare teams or employees */
                    by: "team" | "employee";
                    /** @description First day, YYYY-MM-DD (UTC), included; default: 89 days before `to` */
                    from?: string;
                    /** @description Last day, YYYY-MM-DD (UTC), included; default: today */
                    to?: string;
                    /** @description Responses a group needs to be ranked; default 30 */
                    minResponses?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/praise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Comments of promoters (satisfied, easy), newest first, to share with a team
         * @description Any member or API key (read scope is enough); an agent sees only the feedback attributed to them. A page of responses with a comment from the positive group: promoters 9–10 (NPS), satisfied 4–5 (CSAT) or easy 5–7 (CES) (`data`, `nextCursor`). 404 for an unknown survey.
         */
        get: {
            parameters: {
                query: {
                    /** @description Records per page */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page */
                    cursor?: string;
                    /** @description The survey whose praise is shown */
                    surveyId: string;
                    /** @description Only responses attributed to this team */
                    teamId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes/taxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace’s taxonomy and the starter taxonomies on offer
         * @description Any member or API key (read scope is enough). While the workspace has saved none, `version` is 0 and the taxonomy has no themes (comments get sentiment but no themes).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Saved version of the workspace taxonomy; 0 while it has none */
                            version: number;
                            /** @description A taxonomy: themes and sub-themes with match rules (format: docs/text-analytics.md) */
                            taxonomy: {
                                name: string;
                                description?: string;
                                /** @description The taxonomy author's own version number (the workspace's saved version is the answer's `version`) */
                                version?: number;
                                language?: string;
                                themes: ({
                                    /** @description Lower-case letters, digits and _ . : -, unique across the taxonomy */
                                    id: string;
                                    label: string;
                                    description?: string;
                                    /** @description How the theme is recognised in a comment (format: docs/text-analytics.md) */
                                    match?: {
                                        /** @description Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word */
                                        terms?: string[];
                                        /** @description The subject itself: a negated mention still counts, as a complaint */
                                        topics?: string[];
                                        /** @description Words that must come together in one clause: "A|B + C|D" (A or B, and C or D) */
                                        all?: string[];
                                        /** @description A clause holding one of these drops the theme's matches in it */
                                        exclude?: string[];
                                        /** @description Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped */
                                        unless?: string[];
                                    };
                                    themes?: ({
                                        /** @description Lower-case letters, digits and _ . : -, unique across the taxonomy */
                                        id: string;
                                        label: string;
                                        description?: string;
                                        /** @description How the theme is recognised in a comment (format: docs/text-analytics.md) */
                                        match?: {
                                            /** @description Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word */
                                            terms?: string[];
                                            /** @description The subject itself: a negated mention still counts, as a complaint */
                                            topics?: string[];
                                            /** @description Words that must come together in one clause: "A|B + C|D" (A or B, and C or D) */
                                            all?: string[];
                                            /** @description A clause holding one of these drops the theme's matches in it */
                                            exclude?: string[];
                                            /** @description Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped */
                                            unless?: string[];
                                        };
                                        themes?: ({
                                            /** @description Lower-case letters, digits and _ . : -, unique across the taxonomy */
                                            id: string;
                                            label: string;
                                            description?: string;
                                            /** @description How the theme is recognised in a comment (format: docs/text-analytics.md) */
                                            match?: {
                                                /** @description Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word */
                                                terms?: string[];
                                                /** @description The subject itself: a negated mention still counts, as a complaint */
                                                topics?: string[];
                                                /** @description Words that must come together in one clause: "A|B + C|D" (A or B, and C or D) */
                                                all?: string[];
                                                /** @description A clause holding one of these drops the theme's matches in it */
                                                exclude?: string[];
                                                /** @description Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped */
                                                unless?: string[];
                                            };
                                            themes?: ({
                                                /** @description Lower-case letters, digits and _ . : -, unique across the taxonomy */
                                                id: string;
                                                label: string;
                                                description?: string;
                                                /** @description How the theme is recognised in a comment (format: docs/text-analytics.md) */
                                                match?: {
                                                    /** @description Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word */
                                                    terms?: string[];
                                                    /** @description The subject itself: a negated mention still counts, as a complaint */
                                                    topics?: string[];
                                                    /** @description Words that must come together in one clause: "A|B + C|D" (A or B, and C or D) */
                                                    all?: string[];
                                                    /** @description A clause holding one of these drops the theme's matches in it */
                                                    exclude?: string[];
                                                    /** @description Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped */
                                                    unless?: string[];
                                                };
                                                themes?: {
                                                    [key: string]: unknown;
                                                }[];
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description Names of the starter taxonomies on offer (PUT `starter`) */
                            starters: ("ecommerce" | "software" | "telecom" | "travel" | "banking")[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        /**
         * Replace the taxonomy (or start from an industry template); every comment is re-analysed in the background
         * @description Format: docs/text-analytics.md; give `taxonomy` or `starter` (ecommerce, software, telecom, travel, banking). Managers, owners and admins, or a write API key. A taxonomy that does not compile is refused whole (400 naming the theme); the saved one gets the next `version`, and `run` is the re-analysis it started.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A taxonomy (format: docs/text-analytics.md): { name, description?, version?, language?, themes: [{ id, label, description?, match?, themes? }] } */
                        taxonomy?: {
                            description?: string;
                            version?: number;
                            language?: string;
                            themes?: ({
                                description?: string;
                                themes?: ({
                                    description?: string;
                                    themes?: ({
                                        description?: string;
                                        themes?: ({
                                            description?: string;
                                            themes?: unknown[];
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        /**
                         * @description Start from this industry template instead of giving `taxonomy` (it wins when both are given)
                         * @enum {string}
                         */
                        starter?: "ecommerce" | "software" | "telecom" | "travel" | "banking";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Saved version of the workspace taxonomy; 0 while it has none */
                            version: number;
                            /** @description A taxonomy: themes and sub-themes with match rules (format: docs/text-analytics.md) */
                            taxonomy: {
                                name: string;
                                description?: string;
                                /** @description The taxonomy author's own version number (the workspace's saved version is the answer's `version`) */
                                version?: number;
                                language?: string;
                                themes: ({
                                    /** @description Lower-case letters, digits and _ . : -, unique across the taxonomy */
                                    id: string;
                                    label: string;
                                    description?: string;
                                    /** @description How the theme is recognised in a comment (format: docs/text-analytics.md) */
                                    match?: {
                                        /** @description Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word */
                                        terms?: string[];
                                        /** @description The subject itself: a negated mention still counts, as a complaint */
                                        topics?: string[];
                                        /** @description Words that must come together in one clause: "A|B + C|D" (A or B, and C or D) */
                                        all?: string[];
                                        /** @description A clause holding one of these drops the theme's matches in it */
                                        exclude?: string[];
                                        /** @description Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped */
                                        unless?: string[];
                                    };
                                    themes?: ({
                                        /** @description Lower-case letters, digits and _ . : -, unique across the taxonomy */
                                        id: string;
                                        label: string;
                                        description?: string;
                                        /** @description How the theme is recognised in a comment (format: docs/text-analytics.md) */
                                        match?: {
                                            /** @description Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word */
                                            terms?: string[];
                                            /** @description The subject itself: a negated mention still counts, as a complaint */
                                            topics?: string[];
                                            /** @description Words that must come together in one clause: "A|B + C|D" (A or B, and C or D) */
                                            all?: string[];
                                            /** @description A clause holding one of these drops the theme's matches in it */
                                            exclude?: string[];
                                            /** @description Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped */
                                            unless?: string[];
                                        };
                                        themes?: ({
                                            /** @description Lower-case letters, digits and _ . : -, unique across the taxonomy */
                                            id: string;
                                            label: string;
                                            description?: string;
                                            /** @description How the theme is recognised in a comment (format: docs/text-analytics.md) */
                                            match?: {
                                                /** @description Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word */
                                                terms?: string[];
                                                /** @description The subject itself: a negated mention still counts, as a complaint */
                                                topics?: string[];
                                                /** @description Words that must come together in one clause: "A|B + C|D" (A or B, and C or D) */
                                                all?: string[];
                                                /** @description A clause holding one of these drops the theme's matches in it */
                                                exclude?: string[];
                                                /** @description Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped */
                                                unless?: string[];
                                            };
                                            themes?: ({
                                                /** @description Lower-case letters, digits and _ . : -, unique across the taxonomy */
                                                id: string;
                                                label: string;
                                                description?: string;
                                                /** @description How the theme is recognised in a comment (format: docs/text-analytics.md) */
                                                match?: {
                                                    /** @description Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word */
                                                    terms?: string[];
                                                    /** @description The subject itself: a negated mention still counts, as a complaint */
                                                    topics?: string[];
                                                    /** @description Words that must come together in one clause: "A|B + C|D" (A or B, and C or D) */
                                                    all?: string[];
                                                    /** @description A clause holding one of these drops the theme's matches in it */
                                                    exclude?: string[];
                                                    /** @description Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped */
                                                    unless?: string[];
                                                };
                                                themes?: {
                                                    [key: string]: unknown;
                                                }[];
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description Names of the starter taxonomies on offer (PUT `starter`) */
                            starters: ("ecommerce" | "software" | "telecom" | "travel" | "banking")[];
                            /** @description A background analysis run */
                            run?: {
                                id: string;
                                /**
                                 * @description reanalyze: every comment again after a taxonomy or model change; discover: suggest themes; train: learn a sentiment model
                                 * @enum {string}
                                 */
                                kind: "reanalyze" | "discover" | "train";
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                                /** @description Comments to process (0 until the run starts) */
                                total: number;
                                processed: number;
                                /** @description Percent done (100 for a finished run with nothing to do) */
                                progress: number;
                                /** @description Why a failed run failed */
                                error: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Top problems: themes with volume, share, NPS, sentiment and impact on NPS (± margin), most harmful first; emerging themes
         * @description Any member or API key (read scope is enough). Aggregates only (no comments), over every comment in the range and filters, for an agent too; emerging themes compare the 7 days up to `to` with the 8 weeks before, whatever `from` and `teamId` say. 400 when `from` is after `to`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only responses to this survey; default: all surveys */
                    surveyId?: string;
                    /** @description First day, YYYY-MM-DD (UTC), included; default: 89 days before `to` */
                    from?: string;
                    /** @description Last day, YYYY-MM-DD (UTC), included; default: today */
                    to?: string;
                    /** @description Only responses attributed to this team */
                    teamId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UTC date YYYY-MM-DD */
                            from: string;
                            /** @description UTC date YYYY-MM-DD */
                            to: string;
                            /** @description Analysed (commented) responses in the range */
                            commented: number;
                            /** @description Of those, scored responses to NPS surveys */
                            scored: number;
                            /** @description NPS of those scored responses; null without any */
                            nps: number | null;
                            /** @description Every theme mentioned, most harmful first (lowest impact, then most mentioned) */
                            themes: {
                                id: string;
                                /** @description The id when the theme is no longer in the taxonomy */
                                label: string;
                                /** @description Parent theme (null for a top-level theme) */
                                parentId: string | null;
                                /** @description Commented responses mentioning the theme */
                                count: number;
                                /** @description Percent of the commented responses mentioning the theme */
                                share: number;
                                /** @description NPS of the scored NPS responses mentioning the theme; null without any */
                                nps: number | null;
                                /** @description Scored NPS responses mentioning the theme */
                                scored: number;
                                /** @description Detractors among them */
                                detractors: number;
                                /** @description Comments mentioning the theme by the theme's own sentiment in them */
                                sentiment: {
                                    positive: number;
                                    neutral: number;
                                    negative: number;
                                };
                                /** @description NPS points the overall score would gain if this theme's detractors were passives, as a negative number: −100·d/n (d its detractors, n all scored NPS responses); null without scored responses */
                                impact: number | null;
                                /** @description 95% margin of `impact`, in points: 1.96·√(q(1−q)/n)·100 with q = d/n */
                                impactMargin: number | null;
                                /** @description NPS of the scored responses mentioning the theme minus the NPS of those that do not; null when either side has none */
                                relativeNps: number | null;
                                /**
                                 * @description problem: its responses score below the rest; strength: above the rest (what customers praise, though it may have detractors) — both only when the difference is significant at 95% (SE = √(SE₁² + SE₂²), |relativeNps| > 1.96·SE·100); neutral: scored but not significantly apart from the rest; unscored: no scored NPS response mentions it
                                 * @enum {string}
                                 */
                                standing: "problem" | "strength" | "neutral" | "unscored";
                            }[];
                            /** @description Emerging themes up to `to`, strongest rise first */
                            emerging: {
                                id: string;
                                label: string;
                                /** @description Comments mentioning it in the last 7 days */
                                recentCount: number;
                                /** @description Percent of the last 7 days’ comments mentioning it */
                                recentShare: number;
                                /** @description Percent of the 8 weeks before mentioning it */
                                baselineShare: number;
                                /** @description Two-proportion z statistic of the rise */
                                z: number;
                                /** @description One-sided p-value (< 0.05 to be emerging) */
                                pValue: number;
                            }[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sentiment model in use, comments analysed, recent runs with progress
         * @description Any member or API key (read scope is enough). Poll it to follow a re-analysis, discovery or training run started elsewhere.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            model: {
                                /**
                                 * @description builtin: Clearloop's lexicon; learnt: a model trained on this workspace's scored comments
                                 * @enum {string}
                                 */
                                kind: "builtin" | "learnt";
                                /** @description Learnt model: comments it was trained on */
                                examples?: number;
                                trainedAt?: string;
                            };
                            /** @description Comments analysed */
                            analysed: number;
                            /** @description The 20 latest runs, newest first */
                            runs: {
                                id: string;
                                /**
                                 * @description reanalyze: every comment again after a taxonomy or model change; discover: suggest themes; train: learn a sentiment model
                                 * @enum {string}
                                 */
                                kind: "reanalyze" | "discover" | "train";
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                                /** @description Comments to process (0 until the run starts) */
                                total: number;
                                processed: number;
                                /** @description Percent done (100 for a finished run with nothing to do) */
                                progress: number;
                                /** @description Why a failed run failed */
                                error: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggested themes from discovery
         * @description Any member or API key (read scope is enough). The open suggestions of the latest discovery, largest first; not paged. An agent gets them without `examples` (other customers’ words).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                label: string;
                                keyPhrases: string[];
                                /** @description Comments in the suggested theme */
                                size: number;
                                /** @description Example comments */
                                examples: string[];
                                /** @description The suggested theme in the taxonomy format, ready to add */
                                rule: {
                                    id?: string;
                                    label?: string;
                                    description?: string;
                                    match?: {
                                        terms?: string[];
                                        topics?: string[];
                                    } & {
                                        [key: string]: unknown;
                                    };
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes/discover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start discovery of themes no rule covers (background; see status)
         * @description Managers, owners and admins, or a write API key. Reads up to the 100,000 latest comments; when it finishes, its suggestions replace the open ones (dismissed ones are not suggested again). The answer is the queued run.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A background analysis run */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /**
                             * @description reanalyze: every comment again after a taxonomy or model change; discover: suggest themes; train: learn a sentiment model
                             * @enum {string}
                             */
                            kind: "reanalyze" | "discover" | "train";
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            /** @description Comments to process (0 until the run starts) */
                            total: number;
                            processed: number;
                            /** @description Percent done (100 for a finished run with nothing to do) */
                            progress: number;
                            /** @description Why a failed run failed */
                            error: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes/train": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Learn a sentiment model from this workspace’s scored comments (background)
         * @description Managers, owners and admins, or a write API key. Learns from up to the 50,000 latest scored comments, labelled by score group, then re-analyses every comment with the new model. The answer is the queued run, which fails (keeping the model in use) with fewer than 300 such comments or fewer than 30 of each sentiment.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A background analysis run */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /**
                             * @description reanalyze: every comment again after a taxonomy or model change; discover: suggest themes; train: learn a sentiment model
                             * @enum {string}
                             */
                            kind: "reanalyze" | "discover" | "train";
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            /** @description Comments to process (0 until the run starts) */
                            total: number;
                            processed: number;
                            /** @description Percent done (100 for a finished run with nothing to do) */
                            progress: number;
                            /** @description Why a failed run failed */
                            error: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes/suggestions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept (optionally renamed), merge into a theme, or dismiss a suggestion
         * @description Managers, owners and admins, or a write API key. Accepting adds the suggestion as a new top-level theme and merging adds the chosen `words` to an existing theme: both save a new taxonomy version and re-analyse every comment (`run`). A dismissed suggestion is not suggested again; 404 when no open suggestion has the id.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description accept: add it as a new theme; merge: add its words to the theme `intoThemeId`; dismiss: drop it
                         * @enum {string}
                         */
                        action: "accept" | "merge" | "dismiss";
                        /** @description accept: the new theme’s label (its id is made from it); default: the suggestion’s */
                        label?: string;
                        /** @description merge (required): the id of the theme the suggestion’s words are added to */
                        intoThemeId?: string;
                        /** @description accept and merge: the words and phrases of the suggestion’s rule to apply (as GET …/words lists them; 400 on `words` for one that is not the suggestion’s). Required to merge; accept without it takes every word (the first behaviour of this API) */
                        words?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted" | "dismissed";
                            /** @description A taxonomy: themes and sub-themes with match rules (format: docs/text-analytics.md) */
                            taxonomy?: {
                                name: string;
                                description?: string;
                                /** @description The taxonomy author's own version number (the workspace's saved version is the answer's `version`) */
                                version?: number;
                                language?: string;
                                themes: ({
                                    /** @description Lower-case letters, digits and _ . : -, unique across the taxonomy */
                                    id: string;
                                    label: string;
                                    description?: string;
                                    /** @description How the theme is recognised in a comment (format: docs/text-analytics.md) */
                                    match?: {
                                        /** @description Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word */
                                        terms?: string[];
                                        /** @description The subject itself: a negated mention still counts, as a complaint */
                                        topics?: string[];
                                        /** @description Words that must come together in one clause: "A|B + C|D" (A or B, and C or D) */
                                        all?: string[];
                                        /** @description A clause holding one of these drops the theme's matches in it */
                                        exclude?: string[];
                                        /** @description Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped */
                                        unless?: string[];
                                    };
                                    themes?: ({
                                        /** @description Lower-case letters, digits and _ . : -, unique across the taxonomy */
                                        id: string;
                                        label: string;
                                        description?: string;
                                        /** @description How the theme is recognised in a comment (format: docs/text-analytics.md) */
                                        match?: {
                                            /** @description Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word */
                                            terms?: string[];
                                            /** @description The subject itself: a negated mention still counts, as a complaint */
                                            topics?: string[];
                                            /** @description Words that must come together in one clause: "A|B + C|D" (A or B, and C or D) */
                                            all?: string[];
                                            /** @description A clause holding one of these drops the theme's matches in it */
                                            exclude?: string[];
                                            /** @description Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped */
                                            unless?: string[];
                                        };
                                        themes?: ({
                                            /** @description Lower-case letters, digits and _ . : -, unique across the taxonomy */
                                            id: string;
                                            label: string;
                                            description?: string;
                                            /** @description How the theme is recognised in a comment (format: docs/text-analytics.md) */
                                            match?: {
                                                /** @description Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word */
                                                terms?: string[];
                                                /** @description The subject itself: a negated mention still counts, as a complaint */
                                                topics?: string[];
                                                /** @description Words that must come together in one clause: "A|B + C|D" (A or B, and C or D) */
                                                all?: string[];
                                                /** @description A clause holding one of these drops the theme's matches in it */
                                                exclude?: string[];
                                                /** @description Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped */
                                                unless?: string[];
                                            };
                                            themes?: ({
                                                /** @description Lower-case letters, digits and _ . : -, unique across the taxonomy */
                                                id: string;
                                                label: string;
                                                description?: string;
                                                /** @description How the theme is recognised in a comment (format: docs/text-analytics.md) */
                                                match?: {
                                                    /** @description Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word */
                                                    terms?: string[];
                                                    /** @description The subject itself: a negated mention still counts, as a complaint */
                                                    topics?: string[];
                                                    /** @description Words that must come together in one clause: "A|B + C|D" (A or B, and C or D) */
                                                    all?: string[];
                                                    /** @description A clause holding one of these drops the theme's matches in it */
                                                    exclude?: string[];
                                                    /** @description Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped */
                                                    unless?: string[];
                                                };
                                                themes?: {
                                                    [key: string]: unknown;
                                                }[];
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description A background analysis run */
                            run?: {
                                id: string;
                                /**
                                 * @description reanalyze: every comment again after a taxonomy or model change; discover: suggest themes; train: learn a sentiment model
                                 * @enum {string}
                                 */
                                kind: "reanalyze" | "discover" | "train";
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                                /** @description Comments to process (0 until the run starts) */
                                total: number;
                                processed: number;
                                /** @description Percent done (100 for a finished run with nothing to do) */
                                progress: number;
                                /** @description Why a failed run failed */
                                error: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes/suggestions/{id}/words": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A suggestion’s words and phrases, each with the comments it would add
         * @description Any member or API key (read scope is enough). Counts each word of the suggestion’s rule alone over the latest 20,000 analysed comments: those it matches, or with `intoThemeId` those it matches that the theme does not have yet (what a merge would add); 404 when no open suggestion has the id, 400 when the taxonomy has no theme `intoThemeId`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Count only the comments this theme does not have yet (preview of a merge) */
                    intoThemeId?: string;
                };
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggestionId: string;
                            /** @description The theme a merge would add to; null: counts for a new theme */
                            intoThemeId: string | null;
                            /** @description Analysed comments counted in (the latest) */
                            scanned: number;
                            words: {
                                /** @description A word or phrase of the suggestion’s rule, as `words` takes it */
                                word: string;
                                /**
                                 * @description topic: matches even when negated; term: negation-aware
                                 * @enum {string}
                                 */
                                kind: "topic" | "term";
                                /** @description Comments it matches (that `intoThemeId` does not have yet) */
                                comments: number;
                            }[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses/{id}/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One response’s sentiment, comment language and themes (each with its sentiment and matched words)
         * @description Any member or API key (read scope is enough). An agent only for responses attributed to them. 404 when no response of this workspace has the id (or an agent may not read it); `analyzed: false` while its comment waits for analysis or when it has none.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The record’s id, as the API returned it */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            responseId: string;
                            /** @description false while the comment waits for analysis, or when the response has no comment analysed */
                            analyzed: boolean;
                            /** @enum {string|null} */
                            sentiment: "positive" | "neutral" | "negative" | null;
                            /** @description −1…1 */
                            sentimentScore: number | null;
                            /** @description The language the comment was read in (en, es, fr, de) */
                            language: string | null;
                            /** @description builtin or learnt: the sentiment model that scored it */
                            model: string | null;
                            themes: {
                                id: string;
                                /** @description The id when the theme is no longer in the taxonomy */
                                label: string;
                                parentId: string | null;
                                /** @enum {string} */
                                sentiment: "positive" | "neutral" | "negative";
                                /** @description The matched words: UTF-16 offsets into the comment, end exclusive */
                                highlights: {
                                    start: number;
                                    end: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A theme: trend, breakdown by team and location, comments with the matched words
         * @description Any member or API key (read scope is enough). The counts, trend (weekly; monthly for ranges over 180 days; each bucket says how much of its period the range covers, as in GET /api/v1/metrics) and breakdowns cover every comment in the range and filters; the comments are the latest the caller may read (an agent: those attributed to them). 404 when the taxonomy has no theme with the id; 400 when `from` is after `to`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only responses to this survey; default: all surveys */
                    surveyId?: string;
                    /** @description First day, YYYY-MM-DD (UTC), included; default: 89 days before `to` */
                    from?: string;
                    /** @description Last day, YYYY-MM-DD (UTC), included; default: today */
                    to?: string;
                    /** @description Only responses attributed to this team */
                    teamId?: string;
                    /** @description Comments to return, most recent first; default 50 */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The theme’s id in the taxonomy, e.g. `customer_service` (as `themes[].id` shows it) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            label: string;
                            /** @description UTC date YYYY-MM-DD */
                            from: string;
                            /** @description UTC date YYYY-MM-DD */
                            to: string;
                            /** @description Commented responses mentioning the theme in the range */
                            count: number;
                            /**
                             * @description What a trend bucket spans: week, or month for ranges over 180 days
                             * @enum {string}
                             */
                            interval: "week" | "month";
                            trend: {
                                /** @description First day of the week (the Monday; the 1st of the month for ranges over 180 days) */
                                period: string;
                                /** @description First day of the period inside the range (after `period` when the range starts mid-period) */
                                from: string;
                                /** @description Last day of the period inside the range (before the period end when the range ends mid-period) */
                                to: string;
                                /** @description Days from `from` to `to` that have begun (UTC): the days the counts can hold */
                                days: number;
                                /** @description Days in the whole period: 7, or 28–31 */
                                periodDays: number;
                                /** @description The counts hold less than the whole period: days < periodDays, or the period is still in progress */
                                partial: boolean;
                                /** @description Today (UTC) lies in the period and the range: the counts will still grow */
                                inProgress: boolean;
                                count: number;
                                /** @description Percent of the period’s commented responses mentioning the theme; null without any */
                                share: number | null;
                            }[];
                            byTeam: {
                                id: string;
                                label: string;
                                /** @description Comments mentioning the theme */
                                count: number;
                                /** @description Percent of that team's (location's) commented responses mentioning the theme */
                                share: number;
                            }[];
                            byLocation: {
                                id: string;
                                label: string;
                                /** @description Comments mentioning the theme */
                                count: number;
                                /** @description Percent of that team's (location's) commented responses mentioning the theme */
                                share: number;
                            }[];
                            /** @description Per language the comments were read in (id en, es, fr or de; label its English name): mentions and their share of that language’s comments */
                            byLanguage: {
                                id: string;
                                label: string;
                                /** @description Comments mentioning the theme */
                                count: number;
                                /** @description Percent of that team's (location's) commented responses mentioning the theme */
                                share: number;
                            }[];
                            /** @description Of `count`, the responses whose comments the caller may read (an agent: those attributed to them; others: all) — what `comments` is the latest of, and what the responses list shows */
                            readableCount: number;
                            /** @description Most recent first, at most `limit` */
                            comments: {
                                responseId: string;
                                comment: string;
                                score: number | null;
                                /**
                                 * @description Survey kind
                                 * @enum {string}
                                 */
                                kind: "nps" | "csat" | "ces";
                                /**
                                 * @description Score group; null when unscored
                                 * @enum {string|null}
                                 */
                                group: "promoter" | "passive" | "detractor" | "satisfied" | "neutral" | "dissatisfied" | "easy" | "difficult" | null;
                                createdAt: string;
                                /** @enum {string} */
                                sentiment: "positive" | "neutral" | "negative";
                                /** @description The matched words: UTF-16 offsets into `comment`, end exclusive */
                                highlights: {
                                    start: number;
                                    end: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every 4xx/5xx answer has this shape; `fields` names the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                fields?: {
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

// Generated from openapi.json by `npm run generate`. Do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness check */
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
                            status: string;
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
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness check */
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
                            status: string;
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
    "/api/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Versions of the server components */
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
                            [key: string]: unknown;
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
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account and log in */
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
                        email: string;
                        password: string;
                        first_name?: string;
                        last_name?: string;
                        allow_newsletters?: boolean;
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
                            user: {
                                id: number;
                                username: string;
                                email: string;
                                first_name: string;
                                last_name: string;
                                avatar: string | null;
                                initials: string;
                                phone: string;
                                active_organization: number | null;
                                allow_newsletters: boolean;
                                date_joined: string;
                                last_activity: string;
                                custom_hotkeys: {
                                    [key: string]: unknown;
                                };
                                role: ("owner" | "administrator" | "manager" | "reviewer" | "annotator") | null;
                                active_organization_meta: {
                                    [key: string]: unknown;
                                } | null;
                                org_membership: {
                                    [key: string]: unknown;
                                }[];
                                organization_membership: {
                                    [key: string]: unknown;
                                } | null;
                                permissions: string[];
                            } & {
                                [key: string]: unknown;
                            };
                            csrf_token: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password (cookie session) */
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
                        email: string;
                        password: string;
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
                            user: {
                                id: number;
                                username: string;
                                email: string;
                                first_name: string;
                                last_name: string;
                                avatar: string | null;
                                initials: string;
                                phone: string;
                                active_organization: number | null;
                                allow_newsletters: boolean;
                                date_joined: string;
                                last_activity: string;
                                custom_hotkeys: {
                                    [key: string]: unknown;
                                };
                                role: ("owner" | "administrator" | "manager" | "reviewer" | "annotator") | null;
                                active_organization_meta: {
                                    [key: string]: unknown;
                                } | null;
                                org_membership: {
                                    [key: string]: unknown;
                                }[];
                                organization_membership: {
                                    [key: string]: unknown;
                                } | null;
                                permissions: string[];
                            } & {
                                [key: string]: unknown;
                            };
                            csrf_token: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current cookie session */
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
                            user: {
                                id: number;
                                username: string;
                                email: string;
                                first_name: string;
                                last_name: string;
                                avatar: string | null;
                                initials: string;
                                phone: string;
                                active_organization: number | null;
                                allow_newsletters: boolean;
                                date_joined: string;
                                last_activity: string;
                                custom_hotkeys: {
                                    [key: string]: unknown;
                                };
                                role: ("owner" | "administrator" | "manager" | "reviewer" | "annotator") | null;
                                active_organization_meta: {
                                    [key: string]: unknown;
                                } | null;
                                org_membership: {
                                    [key: string]: unknown;
                                }[];
                                organization_membership: {
                                    [key: string]: unknown;
                                } | null;
                                permissions: string[];
                            } & {
                                [key: string]: unknown;
                            };
                            csrf_token: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the cookie session */
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/current-user/whoami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The authenticated user */
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
                            id: number;
                            username: string;
                            email: string;
                            first_name: string;
                            last_name: string;
                            avatar: string | null;
                            initials: string;
                            phone: string;
                            active_organization: number | null;
                            allow_newsletters: boolean;
                            date_joined: string;
                            last_activity: string;
                            custom_hotkeys: {
                                [key: string]: unknown;
                            };
                            role: ("owner" | "administrator" | "manager" | "reviewer" | "annotator") | null;
                            active_organization_meta: {
                                [key: string]: unknown;
                            } | null;
                            org_membership: {
                                [key: string]: unknown;
                            }[];
                            organization_membership: {
                                [key: string]: unknown;
                            } | null;
                            permissions: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/current-user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The authenticated user */
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
                            id: number;
                            username: string;
                            email: string;
                            first_name: string;
                            last_name: string;
                            avatar: string | null;
                            initials: string;
                            phone: string;
                            active_organization: number | null;
                            allow_newsletters: boolean;
                            date_joined: string;
                            last_activity: string;
                            custom_hotkeys: {
                                [key: string]: unknown;
                            };
                            role: ("owner" | "administrator" | "manager" | "reviewer" | "annotator") | null;
                            active_organization_meta: {
                                [key: string]: unknown;
                            } | null;
                            org_membership: {
                                [key: string]: unknown;
                            }[];
                            organization_membership: {
                                [key: string]: unknown;
                            } | null;
                            permissions: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update your profile */
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
                        username?: string;
                        first_name?: string;
                        last_name?: string;
                        phone?: string;
                        allow_newsletters?: boolean | null;
                        custom_hotkeys?: {
                            [key: string]: unknown;
                        };
                        role?: "owner" | "administrator" | "manager" | "reviewer" | "annotator";
                        is_active?: boolean;
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
                            id: number;
                            username: string;
                            email: string;
                            first_name: string;
                            last_name: string;
                            avatar: string | null;
                            initials: string;
                            phone: string;
                            active_organization: number | null;
                            allow_newsletters: boolean;
                            date_joined: string;
                            last_activity: string;
                            custom_hotkeys: {
                                [key: string]: unknown;
                            };
                            role: ("owner" | "administrator" | "manager" | "reviewer" | "annotator") | null;
                            active_organization_meta: {
                                [key: string]: unknown;
                            } | null;
                            org_membership: {
                                [key: string]: unknown;
                            }[];
                            organization_membership: {
                                [key: string]: unknown;
                            } | null;
                            permissions: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/current-user/hotkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your editor hotkeys
         * @description Label Studio's `custom_hotkeys`: editor action → `{key, active}`; actions not listed keep their default keys.
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
                            custom_hotkeys: {
                                [key: string]: {
                                    /** @description Key combination, e.g. "ctrl+shift+s" */
                                    key: string;
                                    active?: boolean;
                                };
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
         * Replace your editor hotkeys
         * @description Known actions only, valid key combinations (modifiers ctrl/alt/shift and one key), and no two actions on one combination (defaults of the actions left out count); a 400 names the entry at fault.
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
                        custom_hotkeys: {
                            [key: string]: {
                                /** @description Key combination, e.g. "ctrl+shift+s" */
                                key: string;
                                active?: boolean;
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
                            custom_hotkeys: {
                                [key: string]: {
                                    /** @description Key combination, e.g. "ctrl+shift+s" */
                                    key: string;
                                    active?: boolean;
                                };
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/current-user/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API token (legacy token) */
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
                            token: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/current-user/reset-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace your API token */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of your organization */
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
                        "application/json": ({
                            id: number;
                            username: string;
                            email: string;
                            first_name: string;
                            last_name: string;
                            avatar: string | null;
                            initials: string;
                            phone: string;
                            active_organization: number | null;
                            allow_newsletters: boolean;
                            date_joined: string;
                            last_activity: string;
                            custom_hotkeys: {
                                [key: string]: unknown;
                            };
                            role?: "owner" | "administrator" | "manager" | "reviewer" | "annotator";
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user in your organization */
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
                        email: string;
                        password?: string;
                        username?: string;
                        first_name?: string;
                        last_name?: string;
                        phone?: string;
                        allow_newsletters?: boolean | null;
                        avatar?: string | null;
                        role?: "owner" | "administrator" | "manager" | "reviewer" | "annotator";
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
                            id: number;
                            username: string;
                            email: string;
                            first_name: string;
                            last_name: string;
                            avatar: string | null;
                            initials: string;
                            phone: string;
                            active_organization: number | null;
                            allow_newsletters: boolean;
                            date_joined: string;
                            last_activity: string;
                            custom_hotkeys: {
                                [key: string]: unknown;
                            };
                            role?: "owner" | "administrator" | "manager" | "reviewer" | "annotator";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            id: number;
                            username: string;
                            email: string;
                            first_name: string;
                            last_name: string;
                            avatar: string | null;
                            initials: string;
                            phone: string;
                            active_organization: number | null;
                            allow_newsletters: boolean;
                            date_joined: string;
                            last_activity: string;
                            custom_hotkeys: {
                                [key: string]: unknown;
                            };
                            role?: "owner" | "administrator" | "manager" | "reviewer" | "annotator";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a user */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username?: string;
                        first_name?: string;
                        last_name?: string;
                        phone?: string;
                        allow_newsletters?: boolean | null;
                        custom_hotkeys?: {
                            [key: string]: unknown;
                        };
                        role?: "owner" | "administrator" | "manager" | "reviewer" | "annotator";
                        is_active?: boolean;
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
                            id: number;
                            username: string;
                            email: string;
                            first_name: string;
                            last_name: string;
                            avatar: string | null;
                            initials: string;
                            phone: string;
                            active_organization: number | null;
                            allow_newsletters: boolean;
                            date_joined: string;
                            last_activity: string;
                            custom_hotkeys: {
                                [key: string]: unknown;
                            };
                            role?: "owner" | "administrator" | "manager" | "reviewer" | "annotator";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List projects */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    page_size?: number;
                    ordering?: string;
                    title?: string;
                    search?: string;
                    ids?: string;
                    include?: string;
                    filter?: string;
                    workspaces?: string;
                    archived?: string;
                    members_limit?: number;
                    state?: string;
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
                            count: number;
                            next: string | null;
                            previous: string | null;
                            results: ({
                                id: number;
                                title: string;
                                description: string;
                                label_config: string;
                                expert_instruction: string;
                                show_instruction: boolean;
                                show_skip_button: boolean;
                                enable_empty_annotation: boolean;
                                show_annotation_history: boolean;
                                organization: number;
                                color: string;
                                maximum_annotations: number;
                                is_published: boolean;
                                model_version: string;
                                is_draft: boolean;
                                created_by: {
                                    [key: string]: unknown;
                                } | null;
                                created_at: string;
                                updated_at: string;
                                min_annotations_to_start_training: number;
                                start_training_on_annotation_update: boolean;
                                show_collab_predictions: boolean;
                                num_tasks_with_annotations: number;
                                task_number: number;
                                useful_annotation_number: number;
                                ground_truth_number: number;
                                skipped_annotations_number: number;
                                total_annotations_number: number;
                                total_predictions_number: number;
                                sampling: string;
                                show_ground_truth_first: boolean;
                                show_overlap_first: boolean;
                                overlap_cohort_percentage: number;
                                task_data_login: string | null;
                                task_data_password: string | null;
                                control_weights: {
                                    [key: string]: unknown;
                                };
                                parsed_label_config: {
                                    [key: string]: unknown;
                                };
                                evaluate_predictions_automatically: boolean;
                                config_has_control_tags: boolean;
                                skip_queue: string;
                                reveal_preannotations_interactively: boolean;
                                pinned_at: string | null;
                                finished_task_number: number;
                                queue_total: number;
                                queue_done: number;
                                data_types: {
                                    [key: string]: unknown;
                                };
                                abilities?: {
                                    [key: string]: boolean;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Create a project */
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
                        title?: string | null;
                        description?: string | null;
                        label_config?: string | null;
                        expert_instruction?: string | null;
                        show_instruction?: boolean | null;
                        show_skip_button?: boolean | null;
                        enable_empty_annotation?: boolean | null;
                        show_annotation_history?: boolean | null;
                        organization?: number | null;
                        color?: string | null;
                        maximum_annotations?: number | null;
                        is_published?: boolean | null;
                        model_version?: string | null;
                        is_draft?: boolean | null;
                        created_by?: {
                            [key: string]: unknown;
                        } | null;
                        min_annotations_to_start_training?: number | null;
                        start_training_on_annotation_update?: boolean | null;
                        show_collab_predictions?: boolean | null;
                        sampling?: ("Sequential sampling" | "Uniform sampling" | "Uncertainty sampling") | null;
                        show_ground_truth_first?: boolean | null;
                        show_overlap_first?: boolean | null;
                        overlap_cohort_percentage?: number | null;
                        task_data_login?: string | null;
                        task_data_password?: string | null;
                        control_weights?: {
                            [key: string]: unknown;
                        } | null;
                        evaluate_predictions_automatically?: boolean | null;
                        skip_queue?: ("REQUEUE_FOR_ME" | "REQUEUE_FOR_OTHERS" | "IGNORE_SKIPPED") | null;
                        reveal_preannotations_interactively?: boolean | null;
                        pinned_at?: string | null;
                        workspace?: number | null;
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
                            id: number;
                            title: string;
                            description: string;
                            label_config: string;
                            expert_instruction: string;
                            show_instruction: boolean;
                            show_skip_button: boolean;
                            enable_empty_annotation: boolean;
                            show_annotation_history: boolean;
                            organization: number;
                            color: string;
                            maximum_annotations: number;
                            is_published: boolean;
                            model_version: string;
                            is_draft: boolean;
                            created_by: {
                                [key: string]: unknown;
                            } | null;
                            created_at: string;
                            updated_at: string;
                            min_annotations_to_start_training: number;
                            start_training_on_annotation_update: boolean;
                            show_collab_predictions: boolean;
                            num_tasks_with_annotations: number;
                            task_number: number;
                            useful_annotation_number: number;
                            ground_truth_number: number;
                            skipped_annotations_number: number;
                            total_annotations_number: number;
                            total_predictions_number: number;
                            sampling: string;
                            show_ground_truth_first: boolean;
                            show_overlap_first: boolean;
                            overlap_cohort_percentage: number;
                            task_data_login: string | null;
                            task_data_password: string | null;
                            control_weights: {
                                [key: string]: unknown;
                            };
                            parsed_label_config: {
                                [key: string]: unknown;
                            };
                            evaluate_predictions_automatically: boolean;
                            config_has_control_tags: boolean;
                            skip_queue: string;
                            reveal_preannotations_interactively: boolean;
                            pinned_at: string | null;
                            finished_task_number: number;
                            queue_total: number;
                            queue_done: number;
                            data_types: {
                                [key: string]: unknown;
                            };
                            abilities?: {
                                [key: string]: boolean;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The projects' task and annotation counters only (Label Studio's projects page) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    page_size?: number;
                    ordering?: string;
                    title?: string;
                    search?: string;
                    ids?: string;
                    include?: string;
                    filter?: string;
                    workspaces?: string;
                    archived?: string;
                    members_limit?: number;
                    state?: string;
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
                            count: number;
                            next: string | null;
                            previous: string | null;
                            results: {
                                id: number;
                                task_number: number;
                                finished_task_number: number;
                                total_predictions_number: number;
                                total_annotations_number: number;
                                num_tasks_with_annotations: number;
                                useful_annotation_number: number;
                                ground_truth_number: number;
                                skipped_annotations_number: number;
                                queue_total: number;
                                queue_done: number;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a labeling config without a project */
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
                        label_config: string;
                        force?: boolean;
                    } & {
                        [key: string]: unknown;
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
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            id: number;
                            title: string;
                            description: string;
                            label_config: string;
                            expert_instruction: string;
                            show_instruction: boolean;
                            show_skip_button: boolean;
                            enable_empty_annotation: boolean;
                            show_annotation_history: boolean;
                            organization: number;
                            color: string;
                            maximum_annotations: number;
                            is_published: boolean;
                            model_version: string;
                            is_draft: boolean;
                            created_by: {
                                [key: string]: unknown;
                            } | null;
                            created_at: string;
                            updated_at: string;
                            min_annotations_to_start_training: number;
                            start_training_on_annotation_update: boolean;
                            show_collab_predictions: boolean;
                            num_tasks_with_annotations: number;
                            task_number: number;
                            useful_annotation_number: number;
                            ground_truth_number: number;
                            skipped_annotations_number: number;
                            total_annotations_number: number;
                            total_predictions_number: number;
                            sampling: string;
                            show_ground_truth_first: boolean;
                            show_overlap_first: boolean;
                            overlap_cohort_percentage: number;
                            task_data_login: string | null;
                            task_data_password: string | null;
                            control_weights: {
                                [key: string]: unknown;
                            };
                            parsed_label_config: {
                                [key: string]: unknown;
                            };
                            evaluate_predictions_automatically: boolean;
                            config_has_control_tags: boolean;
                            skip_queue: string;
                            reveal_preannotations_interactively: boolean;
                            pinned_at: string | null;
                            finished_task_number: number;
                            queue_total: number;
                            queue_done: number;
                            data_types: {
                                [key: string]: unknown;
                            };
                            abilities?: {
                                [key: string]: boolean;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a project and everything in it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Update a project */
        patch: {
            parameters: {
                query?: {
                    /** @description Change the config even if annotations use labels it removes */
                    force?: boolean;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string | null;
                        description?: string | null;
                        label_config?: string | null;
                        expert_instruction?: string | null;
                        show_instruction?: boolean | null;
                        show_skip_button?: boolean | null;
                        enable_empty_annotation?: boolean | null;
                        show_annotation_history?: boolean | null;
                        organization?: number | null;
                        color?: string | null;
                        maximum_annotations?: number | null;
                        is_published?: boolean | null;
                        model_version?: string | null;
                        is_draft?: boolean | null;
                        created_by?: {
                            [key: string]: unknown;
                        } | null;
                        min_annotations_to_start_training?: number | null;
                        start_training_on_annotation_update?: boolean | null;
                        show_collab_predictions?: boolean | null;
                        sampling?: ("Sequential sampling" | "Uniform sampling" | "Uncertainty sampling") | null;
                        show_ground_truth_first?: boolean | null;
                        show_overlap_first?: boolean | null;
                        overlap_cohort_percentage?: number | null;
                        task_data_login?: string | null;
                        task_data_password?: string | null;
                        control_weights?: {
                            [key: string]: unknown;
                        } | null;
                        evaluate_predictions_automatically?: boolean | null;
                        skip_queue?: ("REQUEUE_FOR_ME" | "REQUEUE_FOR_OTHERS" | "IGNORE_SKIPPED") | null;
                        reveal_preannotations_interactively?: boolean | null;
                        pinned_at?: string | null;
                        workspace?: number | null;
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
                            id: number;
                            title: string;
                            description: string;
                            label_config: string;
                            expert_instruction: string;
                            show_instruction: boolean;
                            show_skip_button: boolean;
                            enable_empty_annotation: boolean;
                            show_annotation_history: boolean;
                            organization: number;
                            color: string;
                            maximum_annotations: number;
                            is_published: boolean;
                            model_version: string;
                            is_draft: boolean;
                            created_by: {
                                [key: string]: unknown;
                            } | null;
                            created_at: string;
                            updated_at: string;
                            min_annotations_to_start_training: number;
                            start_training_on_annotation_update: boolean;
                            show_collab_predictions: boolean;
                            num_tasks_with_annotations: number;
                            task_number: number;
                            useful_annotation_number: number;
                            ground_truth_number: number;
                            skipped_annotations_number: number;
                            total_annotations_number: number;
                            total_predictions_number: number;
                            sampling: string;
                            show_ground_truth_first: boolean;
                            show_overlap_first: boolean;
                            overlap_cohort_percentage: number;
                            task_data_login: string | null;
                            task_data_password: string | null;
                            control_weights: {
                                [key: string]: unknown;
                            };
                            parsed_label_config: {
                                [key: string]: unknown;
                            };
                            evaluate_predictions_automatically: boolean;
                            config_has_control_tags: boolean;
                            skip_queue: string;
                            reveal_preannotations_interactively: boolean;
                            pinned_at: string | null;
                            finished_task_number: number;
                            queue_total: number;
                            queue_done: number;
                            data_types: {
                                [key: string]: unknown;
                            };
                            abilities?: {
                                [key: string]: boolean;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a labeling config against a project's data */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label_config: string;
                        force?: boolean;
                    } & {
                        [key: string]: unknown;
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
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The labeling-config template gallery */
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
                            templates: ({
                                id: string;
                                title: string;
                                type: string;
                                group: string;
                                order: number;
                                details: string;
                                config: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            groups: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/sample-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A task (with one annotation) that fits the given or the project config, for previews */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Config to sample for; the project's own when absent */
                        label_config?: string;
                    } & {
                        [key: string]: unknown;
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
                            sample_task: {
                                id: number;
                                data: {
                                    [key: string]: unknown;
                                };
                                annotations: {
                                    [key: string]: unknown;
                                }[];
                                predictions: {
                                    [key: string]: unknown;
                                }[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/result-schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JSON Schema of a result list for the project's config */
        get: {
            parameters: {
                query?: {
                    /** @description Closed objects and required keys, as LLM structured outputs want */
                    strict?: boolean;
                };
                header?: never;
                path: {
                    id: number;
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
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import tasks: a JSON body (one task or a list), or files as multipart/form-data
         * @description Files: .json, .jsonl, .csv, .tsv, .txt (one task per line) and media (images, audio, video, PDF, HTML), one task each. With `async=true` the answer is the import job at once; otherwise the request waits for it.
         */
        post: {
            parameters: {
                query?: {
                    return_task_ids?: boolean;
                    commit_to_project?: boolean;
                    preannotated_from_fields?: string | string[];
                    /** @description Answer at once with the job; poll /imports/{id} for progress */
                    async?: boolean;
                    /** @description Import the file at this public URL (also accepted as a form field, as Label Studio takes it) */
                    url?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            task_count: number;
                            annotation_count: number;
                            prediction_count: number;
                            predictions_count: number;
                            duration: number;
                            file_upload_ids: number[];
                            could_be_tasks_list: boolean;
                            found_formats: string[];
                            data_columns: string[];
                            task_ids?: number[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            id: number;
                            project: number;
                            /** @description created, in_progress, completed, failed or cancelled */
                            status: string;
                            commit_to_project: boolean;
                            return_task_ids: boolean;
                            preannotated_from_fields: string[];
                            /** @description Tasks read from the files so far */
                            tasks_read: number;
                            /** @description Tasks inserted so far (0 after a failure: nothing is kept) */
                            task_count: number;
                            annotation_count: number;
                            prediction_count: number;
                            duration: number | null;
                            file_upload_ids: number[];
                            found_formats: string[];
                            data_columns: string[];
                            error: string | null;
                            traceback: null;
                            url: null;
                            created_at: string;
                            updated_at: string;
                            finished_at: string | null;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/reimport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import files uploaded earlier (e.g. with commit_to_project=false) into the project */
        post: {
            parameters: {
                query?: {
                    return_task_ids?: boolean;
                    commit_to_project?: boolean;
                    preannotated_from_fields?: string | string[];
                    /** @description Answer at once with the job; poll /imports/{id} for progress */
                    async?: boolean;
                    /** @description Import the file at this public URL (also accepted as a form field, as Label Studio takes it) */
                    url?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        file_upload_ids: number[];
                        files_as_tasks_list?: boolean;
                    } & {
                        [key: string]: unknown;
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
                        "application/json": ({
                            task_count: number;
                            annotation_count: number;
                            prediction_count: number;
                            predictions_count: number;
                            duration: number;
                            file_upload_ids: number[];
                            could_be_tasks_list: boolean;
                            found_formats: string[];
                            data_columns: string[];
                            task_ids?: number[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            id: number;
                            project: number;
                            /** @description created, in_progress, completed, failed or cancelled */
                            status: string;
                            commit_to_project: boolean;
                            return_task_ids: boolean;
                            preannotated_from_fields: string[];
                            /** @description Tasks read from the files so far */
                            tasks_read: number;
                            /** @description Tasks inserted so far (0 after a failure: nothing is kept) */
                            task_count: number;
                            annotation_count: number;
                            prediction_count: number;
                            duration: number | null;
                            file_upload_ids: number[];
                            found_formats: string[];
                            data_columns: string[];
                            error: string | null;
                            traceback: null;
                            url: null;
                            created_at: string;
                            updated_at: string;
                            finished_at: string | null;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's recent import jobs, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                        "application/json": ({
                            id: number;
                            project: number;
                            /** @description created, in_progress, completed, failed or cancelled */
                            status: string;
                            commit_to_project: boolean;
                            return_task_ids: boolean;
                            preannotated_from_fields: string[];
                            /** @description Tasks read from the files so far */
                            tasks_read: number;
                            /** @description Tasks inserted so far (0 after a failure: nothing is kept) */
                            task_count: number;
                            annotation_count: number;
                            prediction_count: number;
                            duration: number | null;
                            file_upload_ids: number[];
                            found_formats: string[];
                            data_columns: string[];
                            error: string | null;
                            traceback: null;
                            url: null;
                            created_at: string;
                            updated_at: string;
                            finished_at: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import job with its progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    importId: number;
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
                            id: number;
                            project: number;
                            /** @description created, in_progress, completed, failed or cancelled */
                            status: string;
                            commit_to_project: boolean;
                            return_task_ids: boolean;
                            preannotated_from_fields: string[];
                            /** @description Tasks read from the files so far */
                            tasks_read: number;
                            /** @description Tasks inserted so far (0 after a failure: nothing is kept) */
                            task_count: number;
                            annotation_count: number;
                            prediction_count: number;
                            duration: number | null;
                            file_upload_ids: number[];
                            found_formats: string[];
                            data_columns: string[];
                            error: string | null;
                            traceback: null;
                            url: null;
                            created_at: string;
                            updated_at: string;
                            finished_at: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/imports/{importId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an import job; the tasks it inserted are removed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    importId: number;
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
                            id: number;
                            project: number;
                            /** @description created, in_progress, completed, failed or cancelled */
                            status: string;
                            commit_to_project: boolean;
                            return_task_ids: boolean;
                            preannotated_from_fields: string[];
                            /** @description Tasks read from the files so far */
                            tasks_read: number;
                            /** @description Tasks inserted so far (0 after a failure: nothing is kept) */
                            task_count: number;
                            annotation_count: number;
                            prediction_count: number;
                            duration: number | null;
                            file_upload_ids: number[];
                            found_formats: string[];
                            data_columns: string[];
                            error: string | null;
                            traceback: null;
                            url: null;
                            created_at: string;
                            updated_at: string;
                            finished_at: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/file-uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Files uploaded to the project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            id: number;
                            file: string;
                            original_name: string;
                            size: number;
                            created_at: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/import/predictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import predictions for existing tasks */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown;
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
                            created: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a project's tasks, a page at a time */
        get: {
            parameters: {
                query?: {
                    project?: number;
                    view?: number;
                    page?: number;
                    page_size?: number;
                    /** @description Groundwork addition: the `next_cursor` of the previous page. The page starts after the task it names, in the same ordering and project; use it instead of `page` to walk a large project. */
                    cursor?: string;
                    fields?: "all" | "task_only";
                    include?: string;
                    query?: string;
                    resolve_uri?: boolean;
                    review?: boolean;
                    only_annotated?: boolean;
                    /** @description JSON: {"all": false, "included": [ids]} or {"all": true, "excluded": [ids]} */
                    selectedItems?: string;
                    /** @description Groundwork addition: full-text search over task data. Tasks containing every word match, the last word as a prefix; combined with the view or query filters. */
                    search?: string;
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
                            tasks: ({
                                id: number;
                                data: {
                                    [key: string]: unknown;
                                };
                                meta: {
                                    [key: string]: unknown;
                                };
                                created_at: string;
                                updated_at: string;
                                is_labeled: boolean;
                                overlap: number;
                                inner_id: number;
                                total_annotations: number;
                                cancelled_annotations: number;
                                total_predictions: number;
                                project: number;
                                annotations: ({
                                    id: number;
                                    /** @description Label Studio result items */
                                    result: {
                                        [key: string]: unknown;
                                    }[];
                                    was_cancelled: boolean;
                                    ground_truth: boolean;
                                    created_at: string;
                                    updated_at: string;
                                    draft_created_at: string | null;
                                    lead_time: number | null;
                                    result_count: number;
                                    unique_id: string;
                                    last_action: string | null;
                                    task: number;
                                    project: number;
                                    completed_by: number | null;
                                    updated_by: number | null;
                                    parent_prediction: number | null;
                                    parent_annotation: number | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                predictions: ({
                                    id: number;
                                    task: number;
                                    project: number;
                                    /** @description Label Studio result items */
                                    result: {
                                        [key: string]: unknown;
                                    }[];
                                    score: number | null;
                                    model_version: string;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                drafts: ({
                                    id: number;
                                    /** @description Label Studio result items */
                                    result: {
                                        [key: string]: unknown;
                                    }[];
                                    lead_time: number | null;
                                    task: number;
                                    annotation: number | null;
                                    user: number;
                                    was_postponed: boolean;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: number;
                            total_annotations: number;
                            total_predictions: number;
                            /** @description Groundwork addition: pass as `cursor` to get the page after this one (null on the last page). Keyset pagination: every page costs the same, however deep. */
                            next_cursor?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Create a task */
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
                        project: number;
                        data: {
                            [key: string]: unknown;
                        };
                        allow_skip?: boolean | null;
                        meta?: {
                            [key: string]: unknown;
                        } | null;
                        is_labeled?: boolean;
                        overlap?: number;
                        file_upload?: number | null;
                        inner_id?: number | null;
                        total_annotations?: number;
                        cancelled_annotations?: number;
                        total_predictions?: number;
                        comment_count?: number;
                        unresolved_comment_count?: number;
                        last_comment_updated_at?: string | null;
                        updated_by?: number | null;
                        comment_authors?: number[];
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
                            id: number;
                            data: {
                                [key: string]: unknown;
                            };
                            meta: {
                                [key: string]: unknown;
                            };
                            created_at: string;
                            updated_at: string;
                            is_labeled: boolean;
                            overlap: number;
                            inner_id: number;
                            total_annotations: number;
                            cancelled_annotations: number;
                            total_predictions: number;
                            project: number;
                            annotations: ({
                                id: number;
                                /** @description Label Studio result items */
                                result: {
                                    [key: string]: unknown;
                                }[];
                                was_cancelled: boolean;
                                ground_truth: boolean;
                                created_at: string;
                                updated_at: string;
                                draft_created_at: string | null;
                                lead_time: number | null;
                                result_count: number;
                                unique_id: string;
                                last_action: string | null;
                                task: number;
                                project: number;
                                completed_by: number | null;
                                updated_by: number | null;
                                parent_prediction: number | null;
                                parent_annotation: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            predictions: ({
                                id: number;
                                task: number;
                                project: number;
                                /** @description Label Studio result items */
                                result: {
                                    [key: string]: unknown;
                                }[];
                                score: number | null;
                                model_version: string;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            drafts: ({
                                id: number;
                                /** @description Label Studio result items */
                                result: {
                                    [key: string]: unknown;
                                }[];
                                lead_time: number | null;
                                task: number;
                                annotation: number | null;
                                user: number;
                                was_postponed: boolean;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/dm/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's views (Data Manager tabs), in order */
        get: {
            parameters: {
                query?: {
                    project?: number;
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
                        "application/json": ({
                            id: number;
                            project: number;
                            user: number | null;
                            order: number | null;
                            data: {
                                title?: string;
                                /** @description "list" or "grid" */
                                type?: string;
                                target?: string;
                                filters?: ({
                                    /** @description "and" or "or" */
                                    conjunction?: string;
                                    /** @description {filter: "filter:tasks:<column>", operator, type, value} */
                                    items?: {
                                        [key: string]: unknown;
                                    }[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @description One "tasks:<column>" or "-tasks:<column>" */
                                ordering?: string[] | null;
                                hiddenColumns?: {
                                    [key: string]: unknown;
                                } | null;
                                columnsWidth?: {
                                    [key: string]: unknown;
                                } | null;
                                columnsDisplayType?: {
                                    [key: string]: unknown;
                                } | null;
                                gridWidth?: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            ordering: unknown[];
                            selected_items: unknown | null;
                            filter_group: null;
                            is_locked: boolean;
                            locked_by: null;
                            locked_at: null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Create a view */
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
                        project: number;
                        data?: {
                            title?: string;
                            /** @description "list" or "grid" */
                            type?: string;
                            target?: string;
                            filters?: ({
                                /** @description "and" or "or" */
                                conjunction?: string;
                                /** @description {filter: "filter:tasks:<column>", operator, type, value} */
                                items?: {
                                    [key: string]: unknown;
                                }[];
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description One "tasks:<column>" or "-tasks:<column>" */
                            ordering?: string[] | null;
                            hiddenColumns?: {
                                [key: string]: unknown;
                            } | null;
                            columnsWidth?: {
                                [key: string]: unknown;
                            } | null;
                            columnsDisplayType?: {
                                [key: string]: unknown;
                            } | null;
                            gridWidth?: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                        order?: number | null;
                        selected_items?: unknown | null;
                    } & {
                        [key: string]: unknown;
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
                            id: number;
                            project: number;
                            user: number | null;
                            order: number | null;
                            data: {
                                title?: string;
                                /** @description "list" or "grid" */
                                type?: string;
                                target?: string;
                                filters?: ({
                                    /** @description "and" or "or" */
                                    conjunction?: string;
                                    /** @description {filter: "filter:tasks:<column>", operator, type, value} */
                                    items?: {
                                        [key: string]: unknown;
                                    }[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @description One "tasks:<column>" or "-tasks:<column>" */
                                ordering?: string[] | null;
                                hiddenColumns?: {
                                    [key: string]: unknown;
                                } | null;
                                columnsWidth?: {
                                    [key: string]: unknown;
                                } | null;
                                columnsDisplayType?: {
                                    [key: string]: unknown;
                                } | null;
                                gridWidth?: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            ordering: unknown[];
                            selected_items: unknown | null;
                            filter_group: null;
                            is_locked: boolean;
                            locked_by: null;
                            locked_at: null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/dm/views/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete every view of a project (the project comes in the query or the body) */
        delete: {
            parameters: {
                query?: {
                    project?: number;
                };
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dm/views/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reorder a project's views */
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
                        project: number;
                        ids: number[];
                    } & {
                        [key: string]: unknown;
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
                            detail: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/dm/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One view */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            id: number;
                            project: number;
                            user: number | null;
                            order: number | null;
                            data: {
                                title?: string;
                                /** @description "list" or "grid" */
                                type?: string;
                                target?: string;
                                filters?: ({
                                    /** @description "and" or "or" */
                                    conjunction?: string;
                                    /** @description {filter: "filter:tasks:<column>", operator, type, value} */
                                    items?: {
                                        [key: string]: unknown;
                                    }[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @description One "tasks:<column>" or "-tasks:<column>" */
                                ordering?: string[] | null;
                                hiddenColumns?: {
                                    [key: string]: unknown;
                                } | null;
                                columnsWidth?: {
                                    [key: string]: unknown;
                                } | null;
                                columnsDisplayType?: {
                                    [key: string]: unknown;
                                } | null;
                                gridWidth?: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            ordering: unknown[];
                            selected_items: unknown | null;
                            filter_group: null;
                            is_locked: boolean;
                            locked_by: null;
                            locked_at: null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** Replace a view */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        project?: number;
                        data?: {
                            title?: string;
                            /** @description "list" or "grid" */
                            type?: string;
                            target?: string;
                            filters?: ({
                                /** @description "and" or "or" */
                                conjunction?: string;
                                /** @description {filter: "filter:tasks:<column>", operator, type, value} */
                                items?: {
                                    [key: string]: unknown;
                                }[];
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description One "tasks:<column>" or "-tasks:<column>" */
                            ordering?: string[] | null;
                            hiddenColumns?: {
                                [key: string]: unknown;
                            } | null;
                            columnsWidth?: {
                                [key: string]: unknown;
                            } | null;
                            columnsDisplayType?: {
                                [key: string]: unknown;
                            } | null;
                            gridWidth?: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                        order?: number | null;
                        selected_items?: unknown | null;
                    } & {
                        [key: string]: unknown;
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
                            id: number;
                            project: number;
                            user: number | null;
                            order: number | null;
                            data: {
                                title?: string;
                                /** @description "list" or "grid" */
                                type?: string;
                                target?: string;
                                filters?: ({
                                    /** @description "and" or "or" */
                                    conjunction?: string;
                                    /** @description {filter: "filter:tasks:<column>", operator, type, value} */
                                    items?: {
                                        [key: string]: unknown;
                                    }[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @description One "tasks:<column>" or "-tasks:<column>" */
                                ordering?: string[] | null;
                                hiddenColumns?: {
                                    [key: string]: unknown;
                                } | null;
                                columnsWidth?: {
                                    [key: string]: unknown;
                                } | null;
                                columnsDisplayType?: {
                                    [key: string]: unknown;
                                } | null;
                                gridWidth?: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            ordering: unknown[];
                            selected_items: unknown | null;
                            filter_group: null;
                            is_locked: boolean;
                            locked_by: null;
                            locked_at: null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a view */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Update a view */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        project?: number;
                        data?: {
                            title?: string;
                            /** @description "list" or "grid" */
                            type?: string;
                            target?: string;
                            filters?: ({
                                /** @description "and" or "or" */
                                conjunction?: string;
                                /** @description {filter: "filter:tasks:<column>", operator, type, value} */
                                items?: {
                                    [key: string]: unknown;
                                }[];
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description One "tasks:<column>" or "-tasks:<column>" */
                            ordering?: string[] | null;
                            hiddenColumns?: {
                                [key: string]: unknown;
                            } | null;
                            columnsWidth?: {
                                [key: string]: unknown;
                            } | null;
                            columnsDisplayType?: {
                                [key: string]: unknown;
                            } | null;
                            gridWidth?: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                        order?: number | null;
                        selected_items?: unknown | null;
                    } & {
                        [key: string]: unknown;
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
                            id: number;
                            project: number;
                            user: number | null;
                            order: number | null;
                            data: {
                                title?: string;
                                /** @description "list" or "grid" */
                                type?: string;
                                target?: string;
                                filters?: ({
                                    /** @description "and" or "or" */
                                    conjunction?: string;
                                    /** @description {filter: "filter:tasks:<column>", operator, type, value} */
                                    items?: {
                                        [key: string]: unknown;
                                    }[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @description One "tasks:<column>" or "-tasks:<column>" */
                                ordering?: string[] | null;
                                hiddenColumns?: {
                                    [key: string]: unknown;
                                } | null;
                                columnsWidth?: {
                                    [key: string]: unknown;
                                } | null;
                                columnsDisplayType?: {
                                    [key: string]: unknown;
                                } | null;
                                gridWidth?: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            ordering: unknown[];
                            selected_items: unknown | null;
                            filter_group: null;
                            is_locked: boolean;
                            locked_by: null;
                            locked_at: null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/dm/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Data Manager's columns for a project */
        get: {
            parameters: {
                query: {
                    project: number;
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
                            columns: ({
                                id: string;
                                title: string;
                                type: string;
                                target: string;
                                parent?: string;
                                children?: string[];
                                help?: string;
                                visibility_defaults?: {
                                    explore: boolean;
                                    labeling: boolean;
                                } & {
                                    [key: string]: unknown;
                                };
                                project_defined: boolean;
                                schema?: {
                                    items: (string | number)[];
                                    multiple?: boolean;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/dm/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bulk actions the caller may run on a project */
        get: {
            parameters: {
                query: {
                    project: number;
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
                        "application/json": ({
                            id: string;
                            title: string;
                            order: number;
                            permission: string;
                            experimental: boolean;
                            reload?: boolean;
                            dialog: {
                                title?: string;
                                text: string;
                                type: string;
                                form?: unknown[];
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Run a bulk action on the selected tasks */
        post: {
            parameters: {
                query: {
                    project: number;
                    /** @description The action: delete_tasks, delete_tasks_annotations, delete_tasks_predictions, predictions_to_annotations, remove_duplicates, add_data_field */
                    id: string;
                    view?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description {"all": false, "included": [ids]} or {"all": true, "excluded": [ids]} */
                        selectedItems?: unknown;
                        filters?: unknown;
                        ordering?: unknown;
                        model_version?: (string | string[]) | null;
                        annotator?: number | null;
                        value_name?: string;
                        value_type?: string;
                        value?: unknown;
                    } & {
                        [key: string]: unknown;
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
                            processed_items: number;
                            detail: string;
                            reload?: boolean;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task with its annotations, predictions and your drafts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            id: number;
                            data: {
                                [key: string]: unknown;
                            };
                            meta: {
                                [key: string]: unknown;
                            };
                            created_at: string;
                            updated_at: string;
                            is_labeled: boolean;
                            overlap: number;
                            inner_id: number;
                            total_annotations: number;
                            cancelled_annotations: number;
                            total_predictions: number;
                            project: number;
                            annotations: ({
                                id: number;
                                /** @description Label Studio result items */
                                result: {
                                    [key: string]: unknown;
                                }[];
                                was_cancelled: boolean;
                                ground_truth: boolean;
                                created_at: string;
                                updated_at: string;
                                draft_created_at: string | null;
                                lead_time: number | null;
                                result_count: number;
                                unique_id: string;
                                last_action: string | null;
                                task: number;
                                project: number;
                                completed_by: number | null;
                                updated_by: number | null;
                                parent_prediction: number | null;
                                parent_annotation: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            predictions: ({
                                id: number;
                                task: number;
                                project: number;
                                /** @description Label Studio result items */
                                result: {
                                    [key: string]: unknown;
                                }[];
                                score: number | null;
                                model_version: string;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            drafts: ({
                                id: number;
                                /** @description Label Studio result items */
                                result: {
                                    [key: string]: unknown;
                                }[];
                                lead_time: number | null;
                                task: number;
                                annotation: number | null;
                                user: number;
                                was_postponed: boolean;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a task */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Update task data or meta */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        };
                        allow_skip?: boolean | null;
                        meta?: {
                            [key: string]: unknown;
                        } | null;
                        project?: number;
                        is_labeled?: boolean;
                        overlap?: number;
                        file_upload?: number | null;
                        inner_id?: number | null;
                        total_annotations?: number;
                        cancelled_annotations?: number;
                        total_predictions?: number;
                        comment_count?: number;
                        unresolved_comment_count?: number;
                        last_comment_updated_at?: string | null;
                        updated_by?: number | null;
                        comment_authors?: number[];
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
                            id: number;
                            data: {
                                [key: string]: unknown;
                            };
                            meta: {
                                [key: string]: unknown;
                            };
                            created_at: string;
                            updated_at: string;
                            is_labeled: boolean;
                            overlap: number;
                            inner_id: number;
                            total_annotations: number;
                            cancelled_annotations: number;
                            total_predictions: number;
                            project: number;
                            annotations: ({
                                id: number;
                                /** @description Label Studio result items */
                                result: {
                                    [key: string]: unknown;
                                }[];
                                was_cancelled: boolean;
                                ground_truth: boolean;
                                created_at: string;
                                updated_at: string;
                                draft_created_at: string | null;
                                lead_time: number | null;
                                result_count: number;
                                unique_id: string;
                                last_action: string | null;
                                task: number;
                                project: number;
                                completed_by: number | null;
                                updated_by: number | null;
                                parent_prediction: number | null;
                                parent_annotation: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            predictions: ({
                                id: number;
                                task: number;
                                project: number;
                                /** @description Label Studio result items */
                                result: {
                                    [key: string]: unknown;
                                }[];
                                score: number | null;
                                model_version: string;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            drafts: ({
                                id: number;
                                /** @description Label Studio result items */
                                result: {
                                    [key: string]: unknown;
                                }[];
                                lead_time: number | null;
                                task: number;
                                annotation: number | null;
                                user: number;
                                was_postponed: boolean;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete every task of a project */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The next task to label for the current user (sequential) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            id: number;
                            data: {
                                [key: string]: unknown;
                            };
                            meta: {
                                [key: string]: unknown;
                            };
                            created_at: string;
                            updated_at: string;
                            is_labeled: boolean;
                            overlap: number;
                            inner_id: number;
                            total_annotations: number;
                            cancelled_annotations: number;
                            total_predictions: number;
                            project: number;
                            annotations: ({
                                id: number;
                                /** @description Label Studio result items */
                                result: {
                                    [key: string]: unknown;
                                }[];
                                was_cancelled: boolean;
                                ground_truth: boolean;
                                created_at: string;
                                updated_at: string;
                                draft_created_at: string | null;
                                lead_time: number | null;
                                result_count: number;
                                unique_id: string;
                                last_action: string | null;
                                task: number;
                                project: number;
                                completed_by: number | null;
                                updated_by: number | null;
                                parent_prediction: number | null;
                                parent_annotation: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            predictions: ({
                                id: number;
                                task: number;
                                project: number;
                                /** @description Label Studio result items */
                                result: {
                                    [key: string]: unknown;
                                }[];
                                score: number | null;
                                model_version: string;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            drafts: ({
                                id: number;
                                /** @description Label Studio result items */
                                result: {
                                    [key: string]: unknown;
                                }[];
                                lead_time: number | null;
                                task: number;
                                annotation: number | null;
                                user: number;
                                was_postponed: boolean;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            queue: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/tasks/{id}/annotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's annotations */
        get: {
            parameters: {
                query?: {
                    ordering?: "id" | "-id" | "created_at" | "-created_at";
                };
                header?: never;
                path: {
                    id: number;
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
                        "application/json": ({
                            id: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            was_cancelled: boolean;
                            ground_truth: boolean;
                            created_at: string;
                            updated_at: string;
                            draft_created_at: string | null;
                            lead_time: number | null;
                            result_count: number;
                            unique_id: string;
                            last_action: string | null;
                            task: number;
                            project: number;
                            completed_by: number | null;
                            updated_by: number | null;
                            parent_prediction: number | null;
                            parent_annotation: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Submit an annotation (was_cancelled=true skips the task) */
        post: {
            parameters: {
                query?: {
                    project?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Label Studio result items */
                        result?: {
                            [key: string]: unknown;
                        }[];
                        was_cancelled?: boolean;
                        ground_truth?: boolean;
                        lead_time?: number | null;
                        completed_by?: number | null;
                        updated_by?: number | null;
                        parent_prediction?: number | null;
                        parent_annotation?: number | null;
                        draft_id?: number | null;
                        import_id?: number | null;
                        task?: number;
                        project?: number;
                        unique_id?: string;
                        last_action?: string | null;
                        bulk_created?: boolean | null;
                        result_count?: number;
                        draft_created_at?: string | null;
                        last_created_by?: number | null;
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
                            id: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            was_cancelled: boolean;
                            ground_truth: boolean;
                            created_at: string;
                            updated_at: string;
                            draft_created_at: string | null;
                            lead_time: number | null;
                            result_count: number;
                            unique_id: string;
                            last_action: string | null;
                            task: number;
                            project: number;
                            completed_by: number | null;
                            updated_by: number | null;
                            parent_prediction: number | null;
                            parent_annotation: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/annotations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One annotation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            id: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            was_cancelled: boolean;
                            ground_truth: boolean;
                            created_at: string;
                            updated_at: string;
                            draft_created_at: string | null;
                            lead_time: number | null;
                            result_count: number;
                            unique_id: string;
                            last_action: string | null;
                            task: number;
                            project: number;
                            completed_by: number | null;
                            updated_by: number | null;
                            parent_prediction: number | null;
                            parent_annotation: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an annotation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Update an annotation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Label Studio result items */
                        result?: {
                            [key: string]: unknown;
                        }[];
                        was_cancelled?: boolean;
                        ground_truth?: boolean;
                        lead_time?: number | null;
                        completed_by?: number | null;
                        updated_by?: number | null;
                        parent_prediction?: number | null;
                        parent_annotation?: number | null;
                        draft_id?: number | null;
                        import_id?: number | null;
                        task?: number;
                        project?: number;
                        unique_id?: string;
                        last_action?: string | null;
                        bulk_created?: boolean | null;
                        result_count?: number;
                        draft_created_at?: string | null;
                        last_created_by?: number | null;
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
                            id: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            was_cancelled: boolean;
                            ground_truth: boolean;
                            created_at: string;
                            updated_at: string;
                            draft_created_at: string | null;
                            lead_time: number | null;
                            result_count: number;
                            unique_id: string;
                            last_action: string | null;
                            task: number;
                            project: number;
                            completed_by: number | null;
                            updated_by: number | null;
                            parent_prediction: number | null;
                            parent_annotation: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/tasks/{id}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your drafts of a task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                        "application/json": ({
                            id: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            lead_time: number | null;
                            task: number;
                            annotation: number | null;
                            user: number;
                            was_postponed: boolean;
                            created_at: string;
                            updated_at: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Save a draft of a task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Label Studio result items */
                        result?: {
                            [key: string]: unknown;
                        }[];
                        lead_time?: number | null;
                        was_postponed?: boolean;
                        annotation?: number | null;
                        task?: number;
                        draft_id?: number | null;
                        created_at?: string;
                        started_at?: string;
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
                            id: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            lead_time: number | null;
                            task: number;
                            annotation: number | null;
                            user: number;
                            was_postponed: boolean;
                            created_at: string;
                            updated_at: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One draft */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            id: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            lead_time: number | null;
                            task: number;
                            annotation: number | null;
                            user: number;
                            was_postponed: boolean;
                            created_at: string;
                            updated_at: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Update a draft */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Label Studio result items */
                        result?: {
                            [key: string]: unknown;
                        }[];
                        lead_time?: number | null;
                        was_postponed?: boolean;
                        annotation?: number | null;
                        task?: number;
                        draft_id?: number | null;
                        created_at?: string;
                        started_at?: string;
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
                            id: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            lead_time: number | null;
                            task: number;
                            annotation: number | null;
                            user: number;
                            was_postponed: boolean;
                            created_at: string;
                            updated_at: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/predictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List predictions of a project or a task */
        get: {
            parameters: {
                query?: {
                    project?: number;
                    task?: number;
                    task__project?: number;
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
                        "application/json": ({
                            id: number;
                            task: number;
                            project: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            score: number | null;
                            model_version: string;
                            created_at: string;
                            updated_at: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Create a prediction */
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
                        task: number;
                        /** @description A list of result items; or a value object such as {"choices": ["Cat"]}; or a bare label or integer */
                        result?: unknown;
                        score?: number | null;
                        model_version?: string | null;
                        cluster?: number | null;
                        neighbors?: unknown | null;
                        mislabeling?: number;
                        project?: number;
                        model?: number | null;
                        model_run?: number | null;
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
                            id: number;
                            task: number;
                            project: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            score: number | null;
                            model_version: string;
                            created_at: string;
                            updated_at: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/predictions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One prediction */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            id: number;
                            task: number;
                            project: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            score: number | null;
                            model_version: string;
                            created_at: string;
                            updated_at: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** Update a prediction */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        task?: number;
                        /** @description A list of result items; or a value object such as {"choices": ["Cat"]}; or a bare label or integer */
                        result?: unknown;
                        score?: number | null;
                        model_version?: string | null;
                        cluster?: number | null;
                        neighbors?: unknown | null;
                        mislabeling?: number;
                        project?: number;
                        model?: number | null;
                        model_run?: number | null;
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
                            id: number;
                            task: number;
                            project: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            score: number | null;
                            model_version: string;
                            created_at: string;
                            updated_at: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a prediction */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Update a prediction */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        task?: number;
                        /** @description A list of result items; or a value object such as {"choices": ["Cat"]}; or a bare label or integer */
                        result?: unknown;
                        score?: number | null;
                        model_version?: string | null;
                        cluster?: number | null;
                        neighbors?: unknown | null;
                        mislabeling?: number;
                        project?: number;
                        model?: number | null;
                        model_run?: number | null;
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
                            id: number;
                            task: number;
                            project: number;
                            /** @description Label Studio result items */
                            result: {
                                [key: string]: unknown;
                            }[];
                            score: number | null;
                            model_version: string;
                            created_at: string;
                            updated_at: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects/{id}/export/formats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export formats, with those this project's labeling config cannot use disabled */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                        "application/json": ({
                            name: string;
                            title: string;
                            description: string;
                            link: string;
                            tags: string[];
                            /** @description True when the project's labeling config cannot be exported in this format */
                            disabled: boolean;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export tasks with their annotations in one format (streamed) */
        get: {
            parameters: {
                query?: {
                    /** @description JSON, JSON_MIN, CSV, TSV, CONLL2003, COCO, COCO_WITH_IMAGES, VOC, YOLO, YOLO_WITH_IMAGES, YOLO_OBB, YOLO_OBB_WITH_IMAGES, ASR_MANIFEST, BRUSH_TO_PNG */
                    exportType?: string;
                    /** @description Same as exportType */
                    export_type?: string;
                    /** @description Include tasks without annotations (default: only annotated tasks) */
                    download_all_tasks?: boolean;
                    /** @description Bundle the images in Groundwork's file store into the zip (VOC; default true, as Label Studio). COCO/YOLO bundle them with the *_WITH_IMAGES formats. External URLs are never fetched */
                    download_resources?: boolean;
                    ids?: number[];
                    /** @description Only these tasks */
                    "ids[]"?: number[];
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The export file: a JSON list, a CSV, a zip, … */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's export snapshots, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                        "application/json": ({
                            id: number;
                            title: string;
                            created_by: ({
                                id: number;
                                email: string;
                                first_name: string;
                                last_name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            created_at: string;
                            finished_at: string | null;
                            status: "created" | "in_progress" | "completed" | "failed";
                            md5: string;
                            counters: {
                                [key: string]: number;
                            };
                            converted_formats: ({
                                id: number;
                                status: "created" | "in_progress" | "completed" | "failed";
                                export_type: string;
                                traceback: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            task_filter_options: {
                                [key: string]: unknown;
                            };
                            annotation_filter_options: {
                                [key: string]: unknown;
                            };
                            serialization_options: {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Create an export snapshot (made in the background; poll its status) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string | null;
                        task_filter_options?: {
                            /** @description Apply the filters of this Data Manager view */
                            view?: number | null;
                            skipped?: ("only" | "exclude" | null) | null;
                            finished?: ("only" | "exclude" | null) | null;
                            annotated?: ("only" | "exclude" | null) | null;
                            reviewed?: ("only" | "exclude" | null) | null;
                            only_with_annotations?: boolean | null;
                        } | null;
                        annotation_filter_options?: {
                            /** @description Annotations neither skipped nor ground truth (default true) */
                            usual?: boolean | null;
                            ground_truth?: boolean | null;
                            skipped?: boolean | null;
                            reviewed?: ("only" | "exclude" | null) | null;
                        } | null;
                        serialization_options?: {
                            drafts?: {
                                only_id?: boolean;
                            } | null;
                            predictions?: {
                                only_id?: boolean;
                            } | null;
                            annotations__completed_by?: {
                                only_id?: boolean;
                            } | null;
                            include_annotation_history?: boolean | null;
                            interpolate_key_frames?: boolean | null;
                        } | null;
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
                            id: number;
                            title: string;
                            created_by: ({
                                id: number;
                                email: string;
                                first_name: string;
                                last_name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            created_at: string;
                            finished_at: string | null;
                            status: "created" | "in_progress" | "completed" | "failed";
                            md5: string;
                            counters: {
                                [key: string]: number;
                            };
                            converted_formats: ({
                                id: number;
                                status: "created" | "in_progress" | "completed" | "failed";
                                export_type: string;
                                traceback: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            task_filter_options: {
                                [key: string]: unknown;
                            };
                            annotation_filter_options: {
                                [key: string]: unknown;
                            };
                            serialization_options: {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/exports/{export_pk}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An export snapshot and its status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    export_pk: number;
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
                            id: number;
                            title: string;
                            created_by: ({
                                id: number;
                                email: string;
                                first_name: string;
                                last_name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            created_at: string;
                            finished_at: string | null;
                            status: "created" | "in_progress" | "completed" | "failed";
                            md5: string;
                            counters: {
                                [key: string]: number;
                            };
                            converted_formats: ({
                                id: number;
                                status: "created" | "in_progress" | "completed" | "failed";
                                export_type: string;
                                traceback: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            task_filter_options: {
                                [key: string]: unknown;
                            };
                            annotation_filter_options: {
                                [key: string]: unknown;
                            };
                            serialization_options: {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an export snapshot and its files */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    export_pk: number;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/exports/{export_pk}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a snapshot, converted from its frozen JSON to the format asked */
        get: {
            parameters: {
                query?: {
                    /** @description Format to convert the snapshot to; JSON (the snapshot itself) when absent */
                    exportType?: string;
                    export_type?: string;
                };
                header?: never;
                path: {
                    id: number;
                    export_pk: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The export file: a JSON list, a CSV, a zip, … */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/projects/{id}/exports/{export_pk}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convert a snapshot to another format in the background */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    export_pk: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        export_type: string;
                        download_resources?: boolean | null;
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
                            export_type: string;
                            converted_format: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** ErrorEnvelope */
        "def-0": {
            id: string;
            status_code: number;
            version: string;
            detail: string;
            exc_info: null;
            validation_errors: {
                [key: string]: string[];
            } | null;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

/** Signing in: sessions, log-in with its rate limit, and resolving credentials to an actor. */
export { authRoutes as authModule, type AuthRoutesDeps } from './auth.routes';
export { AuthService } from './auth.service';
export { SessionRepository } from './session.repository';

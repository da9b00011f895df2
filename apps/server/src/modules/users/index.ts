/** Users and their accounts: creation, profile, API token, password, hotkeys, membership. */
export { initials, presentWhoami } from './user.presenter';
export { UserRepository } from './user.repository';
export { userRoutes as usersModule, type UserRoutesDeps } from './user.routes';
export { Whoami } from './user.schema';
export { UserService, type NewUser } from './user.service';

/** Organizations (one today; membership and workspaces come with the organizations issue). */
export { OrganizationRepository } from './organization.repository';

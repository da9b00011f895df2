import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../auth/session.hooks';
import { displayName, initialsOf } from './user-name.util';

export function UserMenu() {
  const user = useCurrentUser();
  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label="User menu"
          data-testid="user-menu"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
          px={6}
          py={4}
        >
          <Group gap={8} wrap="nowrap">
            <Avatar size={30} radius="xl" color="teal" variant="filled">
              {initialsOf(user)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" maw={180} truncate>
              {displayName(user)}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs" truncate>
            Signed in as {user.email}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/user/account" leftSection={<IconUserCircle size={16} />}>
          Account
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item component={Link} to="/user/logout" leftSection={<IconLogout size={16} />}>
          Log out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

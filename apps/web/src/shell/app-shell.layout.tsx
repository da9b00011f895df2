import {
  ActionIcon,
  AppShell,
  Box,
  Container,
  Group,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { IconFolders, IconMoon, IconSun } from '@tabler/icons-react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { Logo } from './logo.component';
import classes from './app-shell.module.css';
import { UserMenu } from './user-menu.component';

function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const label = scheme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={label}
        onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
      >
        {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}

/** The frame of every signed-in page: header with navigation and the user's menu. */
export function AppShellLayout() {
  return (
    <AppShell header={{ height: 56 }} padding={0}>
      <AppShell.Header className={classes.header}>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="md" wrap="nowrap">
              <UnstyledButton component={Link} to="/projects" aria-label="Groundwork home">
                <Logo collapsible />
              </UnstyledButton>
              <Box component="nav" aria-label="Main">
                <NavLink to="/projects" className={classes.link}>
                  <IconFolders size={16} aria-hidden />
                  Projects
                </NavLink>
              </Box>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <ColorSchemeToggle />
              <UserMenu />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main className={classes.main}>
        <Container size="xl" py="xl">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Flex, Layout, Menu, Space, Typography, theme, type MenuProps } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitcher } from '../components/language-switcher';
import { PageLoading } from '../components/page-loading';
import { RoleTag } from '../components/role-tag';
import { canSee, isGroup, NAVIGATION, navLeaves } from '../navigation';
import { NAV_ICONS } from './nav-icons';
import { NotificationBell } from './notification-bell';
import { useAdminApi, useApi, useSession } from '../services/api-context';

/** The signed-in frame: side navigation by role, header with user, language and sign-out. */
export default function AdminLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const adminApi = useAdminApi();
  const navigate = useNavigate();
  const location = useLocation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const role = session?.user.role ?? 'staff';

  // The stored user may be stale (role changed, account disabled): ask the server once per visit.
  const api = useApi();
  const me = useQuery({ queryKey: ['me'], queryFn: () => api.adminMe(), staleTime: Infinity });
  useEffect(() => {
    if (me.data) adminApi.session.setUser(me.data);
  }, [me.data, adminApi]);

  const items = useMemo<MenuProps['items']>(
    () =>
      NAVIGATION.flatMap((item) => {
        if (!isGroup(item)) return canSee(item, role) ? [{ key: item.path, icon: NAV_ICONS[item.icon], label: t(item.label) }] : [];
        const children = item.children.filter((leaf) => canSee(leaf, role)).map((leaf) => ({ key: leaf.path, icon: NAV_ICONS[leaf.icon], label: t(leaf.label) }));
        return children.length ? [{ key: item.key, icon: NAV_ICONS[item.icon], label: t(item.label), children }] : [];
      }),
    [role, t],
  );

  const current = location.pathname.replace(/^\//, '');
  const selected = navLeaves().find((leaf) => current === leaf.path || current.startsWith(`${leaf.path}/`));
  const openGroup = NAVIGATION.find((item) => isGroup(item) && item.children.some((leaf) => leaf === selected));
  // The group of the current page opens whenever the user gets there (link, back button, typed URL).
  const [openKeys, setOpenKeys] = useState<string[]>(openGroup ? [openGroup.key] : []);
  useEffect(() => {
    if (openGroup) setOpenKeys((keys) => (keys.includes(openGroup.key) ? keys : [...keys, openGroup.key]));
  }, [openGroup]);

  const signOut = async () => {
    setSigningOut(true);
    await adminApi.signOut();
    navigate('/login', { replace: true });
  };

  const userMenu: MenuProps = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: t('account.changePassword') },
      { type: 'divider' },
      { key: 'logout', icon: <LogoutOutlined />, label: t('account.logout'), danger: true, disabled: signingOut },
    ],
    onClick: ({ key }) => {
      if (key === 'password') navigate('/account/password');
      if (key === 'logout') void signOut();
    },
  };

  // antd's App (message, modal, notification hooks) lives here, not in the entry: the sign-in page does not need it.
  return (
    <App>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220} breakpoint="lg">
          <div style={{ color: '#fff', padding: '16px 20px', fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden' }}>
            {collapsed ? t('app.short') : t('app.title')}
          </div>
          <nav aria-label={t('nav.label')}>
            <Menu
              theme="dark"
              mode="inline"
              items={items}
              selectedKeys={selected ? [selected.path] : []}
              // collapsed, groups open as pop-ups on hover and must not be held open
              {...(collapsed ? {} : { openKeys, onOpenChange: setOpenKeys })}
              onClick={({ key }) => navigate(`/${key}`)}
            />
          </nav>
        </Layout.Sider>
        <Layout>
          <Layout.Header style={{ background: token.colorBgContainer, paddingInline: 24 }}>
            <Flex justify="end" align="center" gap={8} style={{ height: '100%' }}>
              {session && <NotificationBell />}
              <LanguageSwitcher />
              {session && (
                <Dropdown trigger={['click']} menu={userMenu}>
                  <Button type="text" aria-label={t('account.menu', { name: session.user.displayName })}>
                    <Space>
                      <Avatar size="small" icon={<UserOutlined />} />
                      <Typography.Text>{session.user.displayName}</Typography.Text>
                      <RoleTag role={session.user.role} />
                      <DownOutlined />
                    </Space>
                  </Button>
                </Dropdown>
              )}
            </Flex>
          </Layout.Header>
          <Layout.Content style={{ margin: 24 }}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </App>
  );
}


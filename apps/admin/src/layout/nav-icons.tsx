import {
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  HeatMapOutlined,
  ProjectOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { NavIcon } from '../navigation';

export const NAV_ICONS: Record<NavIcon, ReactNode> = {
  dashboard: <DashboardOutlined />,
  leads: <SolutionOutlined />,
  policies: <FileTextOutlined />,
  guide: <BookOutlined />,
  heatmap: <HeatMapOutlined />,
  areas: <EnvironmentOutlined />,
  premises: <ShopOutlined />,
  projects: <ProjectOutlined />,
  concierges: <CustomerServiceOutlined />,
  insights: <BarChartOutlined />,
  users: <TeamOutlined />,
  audit: <AuditOutlined />,
};

import { z } from 'zod';

export const STAFF_ROLES = ['admin', 'staff'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;
export const PASSWORD_MIN_LENGTH = 10;

export const loginRequestSchema = z
  .object({
    username: z.string().trim().toLowerCase().min(1).max(64),
    password: z.string().min(1).max(256),
  })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const refreshRequestSchema = z.object({ refreshToken: z.string().min(1).max(512) }).meta({ id: 'RefreshRequest' });
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

export const staffUserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(STAFF_ROLES),
    active: z.boolean(),
    createdAt: z.string(),
    lastLoginAt: z.string().nullable(),
  })
  .meta({ id: 'StaffUser' });
export type StaffUser = z.infer<typeof staffUserSchema>;

export const sessionResponseSchema = z
  .object({
    accessToken: z.string(),
    /** seconds until the access token expires */
    expiresIn: z.number().int(),
    refreshToken: z.string(),
    user: staffUserSchema,
  })
  .meta({ id: 'SessionResponse' });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(256);

export const createStaffUserSchema = z
  .object({
    username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN),
    displayName: z.string().trim().min(1).max(64),
    role: z.enum(STAFF_ROLES),
    password: passwordSchema,
  })
  .meta({ id: 'CreateStaffUserRequest' });
export type CreateStaffUserRequest = z.infer<typeof createStaffUserSchema>;

/** Which concierge (店小二) profile a staff account works as: its leads are the account's leads. */
export const staffConciergeLinkSchema = z
  .object({ conciergeId: z.number().int().min(1).max(2_147_483_647).nullable() })
  .strict()
  .meta({ id: 'StaffConciergeLink' });
export type StaffConciergeLink = z.infer<typeof staffConciergeLinkSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema })
  .meta({ id: 'ChangePasswordRequest' });
export type ChangePasswordRequest = z.infer<typeof changePasswordSchema>;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const staffUserListSchema = z
  .object({ items: z.array(staffUserSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'StaffUserList' });

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.number().int().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    outcome: z.enum(['success', 'failure']),
    ip: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListQuerySchema = pageQuerySchema.extend({
  action: z.string().max(64).optional(),
});

export const auditListSchema = z
  .object({ items: z.array(auditEntrySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'AuditList' });

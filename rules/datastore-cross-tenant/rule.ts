import { defineRule } from '../../src/rule/contract.js';
import { nameOf } from '../../src/model/resource.js';
import { get, str, type MValue } from '../../src/model/value.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default defineRule({
  meta: {
    id: 'datastore-cross-tenant',
    severity: 'error',
    summary: "A datastore's credentials belong to another Entra tenant than the workspace.",
    description:
      "Cross-tenant access to storage accounts is not supported. The datastore's `credentials.tenant_id` (ARM `credentials.tenantId`) is compared with the workspace tenant: the configuration's `tenantId` (or `--tenant-id`, the Action's `tenant-id` input), else the tenant written in the workspace's own declaration (`identity.tenant_id`). Placeholders and unknown values are not compared.",
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'No se admite el acceso entre inquilinos a las cuentas de almacenamiento.',
        english: 'Cross-tenant access to storage accounts is not supported.',
      },
    ],
    why: 'The datastore is created but every read fails to authenticate.',
    fix: 'Use a service principal from the workspace tenant, or move the data to a storage account in that tenant; Microsoft asks cross-tenant scenarios to contact its data support team.',
    tags: ['reliability', 'data'],
    formats: ['aml-yaml'],
    messages: {
      crossTenant: "Datastore '{{name}}' authenticates in tenant {{tenant}}, but the workspace is in tenant {{workspaceTenant}}; cross-tenant storage access is not supported.",
    },
    securitySeverity: 4.0,
  },
  create(ctx) {
    return {
      datastore(d) {
        // Every reader names it tenant_id (ARM `tenantId` is mapped to the YAML name).
        const tenant = get(d.props.credentials, 'tenant_id');
        const value = guidOf(tenant);
        if (!value || !tenant) return;
        let wsTenant = ctx.settings.tenantId && GUID.test(ctx.settings.tenantId) ? ctx.settings.tenantId : undefined;
        if (!wsTenant) {
          const ws = ctx.graph.workspaceOf(d);
          if (ws.state === 'found') wsTenant = guidOf(ws.resource.identity?.tenantId);
        }
        if (!wsTenant || wsTenant.toLowerCase() === value.toLowerCase()) return;
        ctx.report({ at: tenant, messageId: 'crossTenant', data: { name: nameOf(d), tenant: value, workspaceTenant: wsTenant } });
      },
    };
  },
});

function guidOf(v: MValue | undefined): string | undefined {
  const s = str(v)?.trim();
  // A GUID is never a placeholder (`<TENANT_ID>` is not a GUID); all-digit test GUIDs are real values here.
  return s && GUID.test(s) ? s : undefined;
}

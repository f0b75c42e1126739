export const id = 677;
export const ids = [677];
export const modules = {

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 7677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scan: () => (/* binding */ scan)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./lib/src/engine/lint.js + 3 modules
var lint = __webpack_require__(5397);
// EXTERNAL MODULE: ./lib/src/app/empty-scan.js
var empty_scan = __webpack_require__(1609);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/rule/declarative.js
var declarative = __webpack_require__(6417);
// EXTERNAL MODULE: ./lib/src/generated/validators.js
var validators = __webpack_require__(9025);
// EXTERNAL MODULE: ./lib/src/rule/contract.js
var contract = __webpack_require__(3115);
// EXTERNAL MODULE: ./lib/src/model/resource.js
var resource = __webpack_require__(342);
// EXTERNAL MODULE: ./lib/src/model/value.js
var model_value = __webpack_require__(1925);
;// CONCATENATED MODULE: ./lib/rules/aks-attach-managed-identity/rule.js



/* harmony default export */ const rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'aks-attach-managed-identity',
        severity: 'warning',
        summary: 'An AKS cluster attached to a workspace as inference compute uses a managed identity instead of a service principal.',
        description: "When an existing AKS cluster is attached to a workspace as an inference compute (ARM and Bicep `workspaces/computes` with `computeType: AKS` and `properties.resourceId`, Terraform `azurerm_machine_learning_inference_cluster` with `kubernetes_cluster_id`), the cluster must have a service principal enabled rather than a managed identity: Azure ML grants the cluster's service principal AcrPull on the workspace registry when it attaches it. Reported when the cluster is declared in the repository with a managed identity (`identity` block, or `servicePrincipalProfile.clientId: msi`) and no service principal.",
        source: [
            {
                statement: 'If you bring your own AKS cluster, the cluster must have a service principal enabled instead of a managed identity.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Si trae su propio clúster de AKS, el clúster debe tener habilitada la entidad de servicio en lugar de la identidad administrada.' },
            },
        ],
        why: 'Inference deployments on the attached cluster cannot pull images from the workspace registry without admin keys.',
        fix: "Create the cluster with a service principal (`servicePrincipalProfile` with a client ID and secret, Terraform `service_principal {}`), or deploy to a Kubernetes compute with the Azure ML extension, or to managed online endpoints.",
        tags: ['reliability', 'identity', 'kubernetes'],
        formats: ['bicep', 'arm', 'terraform'],
        messages: {
            managedIdentity: "Compute '{{compute}}' attaches AKS cluster '{{cluster}}', which uses a managed identity; a bring-your-own AKS cluster must have a service principal enabled instead.",
        },
        securitySeverity: 3.0,
    },
    create(ctx) {
        return {
            compute(c) {
                if (c.subKind !== 'aks' || !c.props.resourceId)
                    return;
                const cluster = ctx.graph.resolve(c.props.resourceId, c);
                if (cluster.state !== 'found' || cluster.resource.kind !== 'aksCluster')
                    return;
                const k = cluster.resource;
                const sp = k.props.servicePrincipalClientId;
                const msiByProfile = sp?.t === 'str' && (0,model_value/* normEnum */.aR)(sp.value) === 'msi';
                const hasSp = sp !== undefined && sp.t !== 'null' && !msiByProfile;
                const managed = msiByProfile || (k.identity !== undefined && (k.identity.system === true || k.identity.user === true));
                if (!managed || (hasSp && !k.identity))
                    return;
                ctx.report({
                    at: c.decl,
                    messageId: 'managedIdentity',
                    data: { compute: (0,resource/* nameOf */.Vb)(c), cluster: (0,resource/* nameOf */.Vb)(k) },
                    related: [{ at: k.identity?.decl ?? sp?.loc ?? k.decl, message: `managed identity of AKS cluster '${(0,resource/* nameOf */.Vb)(k)}'` }],
                });
            },
        };
    },
}));
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/aml-yaml-schema/schemas.js
/**
 * JSON schemas for the identity and auth fields of AML YAML. Enum values are matched after
 * normalisation (lower case, no `_`, `-` or spaces), because real files write `AMLToken`,
 * `aml_token`, `SystemAssigned` and `system_assigned` alike.
 */
const uaiItem = {
    type: 'object',
    properties: {
        resource_id: { type: 'string' },
        client_id: { type: 'string' },
        principal_id: { type: 'string' },
        object_id: { type: 'string' },
    },
    additionalProperties: false,
};
const resourceIdentitySchema = {
    type: 'object',
    required: ['type'],
    properties: {
        type: { type: 'string', enum: ['systemassigned', 'userassigned', 'none', 'systemassigned,userassigned'] },
        user_assigned_identities: {
            anyOf: [{ type: 'array', items: uaiItem }, { type: 'object', additionalProperties: { anyOf: [{ type: 'null' }, uaiItem] } }],
        },
        tenant_id: { type: 'string' },
        principal_id: { type: 'string' },
    },
    additionalProperties: false,
};
const jobIdentitySchema = {
    type: 'object',
    required: ['type'],
    properties: {
        type: { type: 'string', enum: ['useridentity', 'managed', 'managedidentity', 'amltoken'] },
        client_id: { type: 'string' },
        object_id: { type: 'string' },
        msi_resource_id: { type: 'string' },
        resource_id: { type: 'string' },
    },
    additionalProperties: false,
};
const authModeSchema = { type: 'string', enum: ['key', 'amltoken', 'aadtoken'] };
/** How messages spell the allowed values, per schema. */
const DISPLAY = {
    resourceIdentity: 'system_assigned, user_assigned, none, system_assigned,user_assigned',
    jobIdentity: 'user_identity, managed, aml_token',
    authMode: 'key, aml_token, aad_token',
};
//# sourceMappingURL=schemas.js.map
;// CONCATENATED MODULE: ./lib/rules/aml-yaml-schema/rule.js




/** Compiled ahead of time (npm run gen) from ./schemas.ts. */
const rule_validators = { resourceIdentity: validators/* amlResourceIdentity */.F$, jobIdentity: validators/* amlJobIdentity */.AG, authMode: validators/* amlAuthMode */.gp };
/* harmony default export */ const aml_yaml_schema_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'aml-yaml-schema',
        severity: 'warning',
        summary: 'An identity or auth field in AML YAML has an unknown key or an invalid value.',
        description: 'Checks `identity` (on workspaces, computes, endpoints, deployments, jobs and pipeline steps) and `auth_mode` (on endpoints) against JSON schemas of the values the Azure ML CLI accepts. A misspelt identity type or key is rejected by the CLI at deploy time or, worse, silently ignored so the job runs with another identity. Values are compared case- and underscore-insensitively (`AMLToken` equals `aml_token`).',
        source: [
            {
                statement: 'Submit a training job with the identity property set to type: user_identity, as shown in the following job specification.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Envíe un trabajo de entrenamiento con la identidad de propiedad establecida en tipo: user_identity, como se muestra en la especificación de trabajo siguiente.' },
            },
            {
                statement: 'For Kubernetes online endpoints you can use a key or an Azure Machine Learning token (aml_token).',
                url: 'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth',
                seed: { file: '004_0187e83670ac0fb2.txt', quote: 'En el caso de los puntos de conexión en línea de Kubernetes, puede usar una clave o un token de Azure Machine Learning (aml_token).' },
            },
        ],
        why: 'A misspelt identity type or key is either rejected by the CLI at submit time, or dropped silently so the job or endpoint runs with a different identity than the one you reviewed.',
        fix: 'Use one of the values the message lists, and remove or correct unknown keys (e.g. `user_assigned_identities`, `resource_id`).',
        tags: ['reliability', 'identity'],
        formats: ['aml-yaml'],
        messages: {
            badValue: "{{path}} is '{{value}}', which is not a valid value; expected one of: {{allowed}}.",
            unknownKey: '{{path}} has an unknown key \'{{key}}\'; check its spelling.',
            missing: '{{path}} has no \'{{key}}\'.',
            wrongType: '{{path}} should be {{expected}}.',
        },
        securitySeverity: 3.0,
    },
    create(ctx) {
        const check = (r) => {
            const root = r.source;
            if (r.format !== 'aml-yaml' || !root || root.t !== 'obj')
                return;
            const isJob = r.kind === 'job' || r.kind === 'component';
            const ident = (0,model_value/* entry */.f_)(root, 'identity');
            if (ident)
                validate(ctx, ident.value, ident.keyLoc, 'identity', isJob ? 'jobIdentity' : 'resourceIdentity');
            if (r.kind === 'onlineEndpoint' || r.kind === 'batchEndpoint') {
                const auth = (0,model_value/* entry */.f_)(root, 'auth_mode');
                if (auth)
                    validate(ctx, auth.value, auth.keyLoc, 'auth_mode', 'authMode');
            }
            for (const step of r.steps ?? []) {
                const si = (0,model_value/* entry */.f_)(step.source, 'identity');
                if (si)
                    validate(ctx, si.value, si.keyLoc, `jobs.${step.name}.identity`, 'jobIdentity');
            }
        };
        return { workspace: check, compute: check, onlineEndpoint: check, onlineDeployment: check, batchEndpoint: check, job: check, registry: check };
    },
}));
/** Normalises enum-like strings in a plain copy so spellings compare equal; pointers stay valid. */
function normalised(value, schema) {
    const plain = (0,model_value/* toPlain */.Ul)(value);
    if (schema === 'authMode')
        return typeof plain === 'string' ? (0,model_value/* normEnum */.aR)(plain) : plain;
    if (plain && typeof plain === 'object' && !Array.isArray(plain)) {
        const o = plain;
        if (typeof o.type === 'string')
            o.type = o.type.split(',').map(model_value/* normEnum */.aR).join(',');
    }
    return plain;
}
function validate(ctx, value, keyLoc, path, schema) {
    if (value.t === 'unknown')
        return;
    const plain = normalised(value, schema);
    // Template expressions (`${{inputs.x}}`) are resolved at submit time: not our business.
    if (typeof plain === 'string' && plain.includes('${{'))
        return;
    const validate = rule_validators[schema];
    if (validate(plain))
        return;
    for (const err of mostSpecific(validate.errors ?? []))
        report(ctx, value, keyLoc, path, schema, err);
}
/** `anyOf` failures repeat each branch's errors; keep the leaf errors and drop the umbrella. */
function mostSpecific(errors) {
    const leaves = errors.filter((e) => e.keyword !== 'anyOf');
    const seen = new Set();
    return leaves.filter((e) => {
        const key = e.instancePath;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function report(ctx, root, rootKey, path, schema, err) {
    const { node, keyLoc } = (0,model_value/* atPointer */.ZS)(root, err.instancePath);
    const where = path + err.instancePath.replace(/\//g, '.');
    switch (err.keyword) {
        case 'enum':
            ctx.report({ at: node, messageId: 'badValue', data: { path: where, value: node.t === 'str' ? node.value : String((0,model_value/* toPlain */.Ul)(node)), allowed: DISPLAY[schema] } });
            return;
        case 'additionalProperties': {
            const key = err.params.additionalProperty;
            const e = node.t === 'obj' ? node.entries.find((x) => x.key === key) : undefined;
            ctx.report({ at: e?.keyLoc ?? node.loc, messageId: 'unknownKey', data: { path: where, key } });
            return;
        }
        case 'required':
            ctx.report({ at: (err.instancePath ? keyLoc : rootKey) ?? node, messageId: 'missing', data: { path: where, key: err.params.missingProperty } });
            return;
        case 'type':
            ctx.report({ at: node, messageId: 'wrongType', data: { path: where, expected: `a${/^[aeiou]/.test(String(err.params.type)) ? 'n' : ''} ${err.params.type}` } });
            return;
        default:
            return;
    }
}
//# sourceMappingURL=rule.js.map
// EXTERNAL MODULE: ./lib/src/model/resource-id.js
var resource_id = __webpack_require__(2462);
;// CONCATENATED MODULE: ./lib/src/model/aml/workspace.js



/** Keys that show a YAML document creates a workspace rather than patching one (`az ml workspace update`). */
const CREATION_KEYS = ['location', 'storage_account', 'key_vault', 'application_insights'];
/**
 * A workspace created without a container registry, so Azure ML creates one later, on first need.
 * Hub projects use their hub's registry; a YAML document without creation keys is an update.
 */
function createsWithoutRegistry(w) {
    const acr = w.props.containerRegistry;
    if (acr && acr.t !== 'null')
        return false;
    if (w.subKind === 'project' || w.subKind === 'hub' || (w.props.hubId && w.props.hubId.t !== 'null'))
        return false;
    if (w.format === 'aml-yaml' && !CREATION_KEYS.some((k) => (0,model_value/* get */.Jt)(w.source, k) !== undefined))
        return false;
    return true;
}
/**
 * Whether the registry named `acr` is the workspace's own: compared by name with the registry the
 * workspace names (a reference, a resource ID). A workspace that names none gets a generated one.
 */
function isWorkspaceRegistry(graph, ws, acr) {
    const v = ws.props.containerRegistry;
    if (!v || v.t === 'null')
        return createsWithoutRegistry(ws) ? false : 'unknown';
    const own = graph.resolve(v, ws);
    if (own.state === 'found')
        return own.resource.name?.t === 'str' ? own.resource.name.value.toLowerCase() === acr : 'unknown';
    if (own.state === 'external' && own.name)
        return own.name.toLowerCase() === acr;
    const id = v.t === 'str' ? (0,resource_id/* parseResourceId */.R)(v.value) : undefined;
    return id?.name ? id.name.toLowerCase() === acr : 'unknown';
}
/**
 * The identity a workspace acts as towards its resources: its system-assigned identity, or with
 * user-assigned only its primary one (or the only one listed). Undefined when not known here.
 */
function workspaceIdentity(graph, w) {
    const id = w.identity;
    if (!id)
        return undefined;
    if (id.system === true && id.user !== true)
        return { principal: { state: 'found', resource: w, system: true }, label: `system-assigned identity of workspace '${(0,resource/* nameOf */.Vb)(w)}'`, decl: id.decl };
    if (id.user !== true)
        return undefined;
    const primary = w.props.primaryUserAssignedIdentity ?? (id.system === false && id.userAssigned.length === 1 ? id.userAssigned[0] : undefined);
    if (!primary || primary.t === 'null')
        return id.system === true ? { principal: { state: 'found', resource: w, system: true }, label: `system-assigned identity of workspace '${(0,resource/* nameOf */.Vb)(w)}'`, decl: id.decl } : undefined;
    const t = graph.resolve(primary, w);
    if (t.state !== 'found')
        return undefined;
    return { principal: { state: 'found', resource: t.resource, system: false }, label: `user-assigned identity '${(0,resource/* nameOf */.Vb)(t.resource)}'`, decl: t.resource.decl };
}
//# sourceMappingURL=workspace.js.map
;// CONCATENATED MODULE: ./lib/rules/compute-before-registry/rule.js



/* harmony default export */ const compute_before_registry_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'compute-before-registry',
        severity: 'note',
        summary: "A compute with a system-assigned identity in a workspace that has no container registry yet: AcrPull will not be granted to it automatically.",
        description: "A compute's system-assigned identity is granted AcrPull on the workspace's container registry automatically, but only when the compute is created after the registry. A workspace created without a registry (none in `container_registry`, `properties.containerRegistry` or `container_registry_id`) gets one later, on first need, so a compute created with it has no AcrPull on that registry and its jobs cannot pull their images until the role is assigned by hand. Hub projects use their hub's registry and are skipped.",
        source: [
            {
                statement: "If you create the compute before the workspace's ACR instance is created, you must assign the ACRPull role manually.",
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Si crea el proceso antes de la creación de la instancia de ACR del área de trabajo, debe asignar el rol ACRPull manualmente.' },
            },
        ],
        why: 'Jobs on the compute fail at image pull once the workspace creates its registry, with nothing in the repository showing why.',
        fix: 'Give the workspace a container registry you create yourself (admin user disabled) before the compute, or assign the compute\'s identity AcrPull on the registry once it exists.',
        tags: ['reliability', 'identity', 'registry'],
        formats: ['aml-yaml', 'bicep', 'arm', 'terraform', 'az-cli'],
        messages: {
            beforeRegistry: "Compute '{{compute}}' has a system-assigned identity, but workspace '{{workspace}}' has no container registry yet; the registry Azure ML creates later will not grant this compute AcrPull automatically.",
        },
        securitySeverity: 2.0,
    },
    create(ctx) {
        return {
            compute(c) {
                const id = c.identity;
                if (!id || id.system !== true)
                    return;
                const ws = ctx.graph.workspaceOf(c);
                if (ws.state !== 'found' || !createsWithoutRegistry(ws.resource))
                    return;
                ctx.report({
                    at: id.type ?? id.decl,
                    messageId: 'beforeRegistry',
                    data: { compute: (0,resource/* nameOf */.Vb)(c), workspace: (0,resource/* nameOf */.Vb)(ws.resource) },
                    related: [{ at: (0,resource/* anchorOf */.dI)(ws.resource), message: `workspace '${(0,resource/* nameOf */.Vb)(ws.resource)}' names no container registry` }],
                });
            },
        };
    },
}));
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/compute-identity-exclusive/rule.js


/* harmony default export */ const compute_identity_exclusive_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'compute-identity-exclusive',
        severity: 'error',
        summary: 'A compute cluster sets both a system-assigned and user-assigned identity.',
        description: 'Azure ML compute clusters take either one system-assigned managed identity or one or more user-assigned identities, never both. A cluster declared with the combined identity type fails to create or update.',
        source: [
            {
                statement: 'Azure Machine Learning compute clusters support only one system-assigned identity or several user-assigned identities, not both at the same time.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Los clústeres de proceso de Azure Machine Learning solo admiten una identidad asignada por el sistema o varias identidades asignadas por el usuario, no ambas de forma simultánea.' },
            },
        ],
        why: 'The cluster create or update fails at deploy time, after the pull request was merged; catching it in review saves a failed release.',
        fix: 'Choose one: `type: system_assigned`, or `type: user_assigned` with the identities listed under `user_assigned_identities`.',
        tags: ['reliability', 'identity'],
        formats: ['aml-yaml', 'arm', 'bicep', 'terraform', 'az-cli'],
        messages: {
            both: "Compute cluster '{{name}}' sets both system- and user-assigned identity; clusters take one system-assigned identity or user-assigned identities, not both. Keep only one.",
        },
        securitySeverity: 4.0,
    },
    create(ctx) {
        return {
            compute(c) {
                if (c.subKind !== 'amlcompute' || !c.identity?.type)
                    return;
                if (c.identity.system === true && c.identity.user === true) {
                    ctx.report({ at: c.identity.type, messageId: 'both', data: { name: (0,resource/* nameOf */.Vb)(c) } });
                }
            },
        };
    },
}));
//# sourceMappingURL=rule.js.map
// EXTERNAL MODULE: ./lib/src/model/rbac/builtin-roles.js
var builtin_roles = __webpack_require__(7142);
// EXTERNAL MODULE: ./lib/src/rule/edits.js
var rule_edits = __webpack_require__(4576);
;// CONCATENATED MODULE: ./lib/src/rule/role-fix/common.js

function label(r) {
    return r.name?.t === 'str' ? r.name.value : (r.symbol ?? r.kind);
}
/** A name made of the parts, safe as a Bicep symbol / Terraform label: `uaiContributorOnSt`. */
function symbolFrom(parts, style) {
    const words = parts.flatMap((p) => p.split(/[^A-Za-z0-9]+/)).filter(Boolean);
    if (style === 'snake')
        return words.map((w) => w.toLowerCase()).join('_');
    return words.map((w, i) => (i === 0 ? w[0].toLowerCase() + w.slice(1) : w[0].toUpperCase() + w.slice(1))).join('');
}
/** `base`, or `base2`, `base3`… when the file already declares it. */
function uniqueIn(text, base, declared) {
    let name = base;
    for (let n = 2; declared(name).test(text); n++)
        name = `${base}${n}`;
    return name;
}
/** The block after the file's last line, one blank line apart, in the file's line breaks. */
function appendBlock(src, lines) {
    const eol = (0,rule_edits/* eolOf */.Wl)(src);
    const end = src.lines.position(src.text.length);
    // A file without a final line break keeps none: each block then starts with its own.
    const ends = src.text.length === 0 || /\r?\n$/.test(src.text);
    const lead = src.text.length === 0 ? '' : ends ? eol : eol + eol;
    return (0,rule_edits/* insertAt */.PT)(src.path, end, lead + lines.join(eol) + (ends ? eol : ''));
}
//# sourceMappingURL=common.js.map
;// CONCATENATED MODULE: ./lib/src/rule/role-fix/bicep.js


const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function bicepAssignment(src, g, guid) {
    const who = g.principal.resource.symbol;
    const on = g.scope.symbol;
    if (!who || !on || !/^[A-Za-z_]\w*$/.test(who) || !/^[A-Za-z_]\w*$/.test(on))
        return undefined; // loop members have no plain symbol
    const name = uniqueIn(src.text, symbolFrom([who, g.roleName, 'on', on], 'camel'), (n) => new RegExp(`^\\s*(resource|module|param|var|output)\\s+${escapeRe(n)}\\b`, 'm'));
    const i = (0,rule_edits/* indentUnit */.Xt)(src);
    const principalId = g.principal.system ? `${who}.identity.principalId` : `${who}.properties.principalId`;
    const lines = [
        `resource ${name} 'Microsoft.Authorization/roleAssignments@2022-04-01' = {`,
        `${i}name: guid(${on}.id, ${who}.id, '${guid}')`,
        `${i}scope: ${on}`,
        `${i}properties: {`,
        `${i}${i}roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${guid}') // ${g.roleName}`,
        `${i}${i}principalId: ${principalId}`,
        `${i}${i}principalType: 'ServicePrincipal'`,
        `${i}}`,
        `}`,
    ];
    return appendBlock(src, lines);
}
//# sourceMappingURL=bicep.js.map
;// CONCATENATED MODULE: ./lib/src/rule/role-fix/terraform.js

const ADDRESS = /^[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*(\[(\d+|"[^"\\]*")\])?$/;
function terraformAssignment(src, g) {
    if (src.path.endsWith('.json'))
        return undefined; // Terraform JSON: no block syntax to append
    const who = g.principal.resource.symbol;
    const on = g.scope.symbol;
    if (!who || !on || !ADDRESS.test(who) || !ADDRESS.test(on) || who.startsWith('data.'))
        return undefined;
    const base = symbolFrom([who.split('.')[1], g.roleName, 'on', on.split('.')[1]], 'snake');
    const name = uniqueIn(src.text, base, (n) => new RegExp(`resource\\s+"azurerm_role_assignment"\\s+"${n}"`));
    const principal = g.principal.system ? `${who}.identity[0].principal_id` : `${who}.principal_id`;
    return appendBlock(src, [
        `resource "azurerm_role_assignment" "${name}" {`,
        ...aligned([
            ['scope', `${on}.id`],
            ['role_definition_name', JSON.stringify(g.roleName)],
            ['principal_id', principal],
            ['principal_type', '"ServicePrincipal"'],
        ]),
        '}',
    ]);
}
/** `key = value` lines with the `=` aligned, two-space indented, as `terraform fmt` writes them. */
function aligned(pairs) {
    const width = Math.max(...pairs.map(([k]) => k.length));
    return pairs.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`);
}
//# sourceMappingURL=terraform.js.map
;// CONCATENATED MODULE: ./lib/src/rule/role-fix/arm.js

/** The resource's `name` as an ARM expression: `[variables('x')]` → `variables('x')`, `"st"` → `'st'`. */
function nameExpr(src, r) {
    const raw = topLevelString((0,rule_edits/* textAt */.$6)(src, r.decl), 'name');
    if (raw === undefined)
        return undefined;
    if (/^\[[^\]]/.test(raw) && raw.endsWith(']'))
        return raw.slice(1, -1);
    return `'${raw.replace(/'/g, "''")}'`;
}
/** A string property of the object text at depth one (JSON with comments). */
function topLevelString(obj, key) {
    let depth = 0;
    for (let i = 0; i < obj.length; i++) {
        const c = obj[i];
        if (c === '"') {
            const m = /^"((?:[^"\\]|\\.)*)"/.exec(obj.slice(i));
            if (!m)
                return undefined;
            if (depth === 1 && m[1] === key) {
                const v = /^\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(obj.slice(i + m[0].length));
                return v ? JSON.parse(`"${v[1]}"`) : undefined;
            }
            i += m[0].length - 1;
        }
        else if (c === '/' && obj[i + 1] === '/')
            i = obj.indexOf('\n', i) === -1 ? obj.length : obj.indexOf('\n', i);
        else if (c === '{' || c === '[')
            depth++;
        else if (c === '}' || c === ']')
            depth--;
    }
    return undefined;
}
function armAssignment(src, g, guid) {
    const who = g.principal.resource;
    const on = g.scope;
    if (!who.armType || !on.armType || who.armType.split('/').length !== 2 || on.armType.split('/').length !== 2)
        return undefined;
    const whoName = nameExpr(src, who);
    const onName = nameExpr(src, on);
    if (!whoName || !onName)
        return undefined;
    // After the last resource of the file's top-level `resources` array (the identity's siblings).
    const indent = (0,rule_edits/* indentOf */._j)(src, who.decl.range.start.line);
    const last = [who, on].reduce((a, b) => (b.decl.range.end.line > a.decl.range.end.line ? b : a));
    const after = lastSibling(src, last);
    const whoId = `resourceId('${who.armType}', ${whoName})`;
    const onId = `resourceId('${on.armType}', ${onName})`;
    const i = (0,rule_edits/* indentUnit */.Xt)(src);
    const eol = (0,rule_edits/* eolOf */.Wl)(src);
    const principal = g.principal.system ? `reference(${whoId}, '${apiVersion(src, who)}', 'full').identity.principalId` : `reference(${whoId}, '${apiVersion(src, who)}').principalId`;
    const body = [
        `{`,
        `${i}"type": "Microsoft.Authorization/roleAssignments",`,
        `${i}"apiVersion": "2022-04-01",`,
        `${i}"name": "[guid(${onId}, ${whoId}, '${guid}')]",`,
        `${i}"scope": "[format('${on.armType}/{0}', ${onName})]",`,
        `${i}"dependsOn": [`,
        `${i}${i}"[${onId}]",`,
        `${i}${i}"[${whoId}]"`,
        `${i}],`,
        `${i}"properties": {`,
        `${i}${i}"roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${guid}')]",`,
        `${i}${i}"principalId": "[${principal}]",`,
        `${i}${i}"principalType": "ServicePrincipal"`,
        `${i}}`,
        `}`,
    ].map((l) => indent + l);
    body[0] = body[0].slice(indent.length);
    return (0,rule_edits/* insertAt */.PT)(src.path, after, ',' + eol + indent + body.join(eol));
}
function apiVersion(src, r) {
    return topLevelString((0,rule_edits/* textAt */.$6)(src, r.decl), 'apiVersion') ?? '2023-01-31';
}
/** The end of the last element of the array `r` sits in: scan on from `r` to the array's `]`. */
function lastSibling(src, r) {
    const t = src.text;
    let depth = 0;
    let lastEnd = src.lines.offset(r.decl.range.end);
    for (let i = lastEnd; i < t.length; i++) {
        const c = t[i];
        if (c === '"') {
            const m = /^"(?:[^"\\]|\\.)*"/.exec(t.slice(i));
            if (!m)
                break;
            i += m[0].length - 1;
        }
        else if (c === '/' && t[i + 1] === '/')
            i = t.indexOf('\n', i) === -1 ? t.length : t.indexOf('\n', i);
        else if (c === '{' || c === '[')
            depth++;
        else if (c === '}' || c === ']') {
            depth--;
            if (depth < 0)
                break;
            if (depth === 0 && c === '}')
                lastEnd = i + 1;
        }
    }
    return src.lines.position(lastEnd);
}
//# sourceMappingURL=arm.js.map
// EXTERNAL MODULE: ./lib/src/model/graph.js + 2 modules
var model_graph = __webpack_require__(5541);
;// CONCATENATED MODULE: ./lib/src/rule/role-fix/script.js


/** A shell-safe single-quoted word (names come from the files). */
const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
function idLookup(r) {
    const type = r.armType ?? model_graph/* ARM_TYPE_OF_KIND */.l0[r.kind] ?? r.kind;
    return `$(az resource list --name ${q(label(r))} --resource-type ${q(type)} --query '[0].id' -o tsv)`;
}
function principalLookup(g) {
    const r = g.principal.resource;
    const rg = r.props.resourceGroup?.t === 'str' ? ` --resource-group ${q(r.props.resourceGroup.value)}` : '';
    if (!g.principal.system && r.kind === 'userAssignedIdentity' && rg)
        return `$(az identity show --name ${q(label(r))}${rg} --query principalId -o tsv)`;
    return `$(az resource show --ids "${idLookup(r)}" --query ${g.principal.system ? 'identity.principalId' : 'properties.principalId'} -o tsv)`;
}
/** The command, with the identity and scope looked up by the names the repository gives them. */
function azCommand(g, guid) {
    return `az role assignment create --assignee-object-id "${principalLookup(g)}" --assignee-principal-type ServicePrincipal --role ${guid} --scope "${idLookup(g.scope)}"`;
}
function scriptAssignment(src, g, guid) {
    if (!/\.(sh|bash|ps1)$/.test(src.path))
        return undefined; // CI YAML: a step's script is not ours to extend
    return appendBlock(src, [`# ${g.roleName} for ${label(g.principal.resource)} on ${label(g.scope)} (added by amlguard --fix)`, azCommand(g, guid)]);
}
//# sourceMappingURL=script.js.map
;// CONCATENATED MODULE: ./lib/src/rule/role-fix/index.js
// The missing role assignment, written in the language and file where the identity is declared,
// with the symbols that file already uses; or, when the identity or the scope is declared
// elsewhere (or in another file or language), the command to run instead.






/** The built-in role's GUID, or undefined for a role amlguard does not know. */
function roleGuid(roleName) {
    return builtin_roles/* BUILTIN_ROLES */.I.find((r) => r.roleName.toLowerCase() === roleName.toLowerCase())?.id;
}
/**
 * The fix for a missing role: an edit in the identity's file when the scope can be named there
 * (same Bicep or ARM file, same Terraform module, or an `az` script that creates the identity),
 * else the `az role assignment create` command to run.
 */
function roleAssignmentFix(ctx, g) {
    const guid = roleGuid(g.roleName);
    if (!guid)
        return undefined;
    const who = g.principal.resource;
    const description = `Assign ${g.roleName} to ${who.kind === 'userAssignedIdentity' ? 'identity' : 'the system identity of'} '${label(who)}' on ${g.scope.kind} '${label(g.scope)}'`;
    const src = ctx.source(who.file);
    const sameFile = who.file === g.scope.file;
    const edit = !src ? undefined
        : who.format === 'bicep' && sameFile ? bicepAssignment(src, g, guid)
            : who.format === 'terraform' && who.scope !== undefined && who.scope === g.scope.scope && g.scope.format === 'terraform' ? terraformAssignment(src, g)
                : who.format === 'arm' && sameFile ? armAssignment(src, g, guid)
                    : who.format === 'az-cli' && !g.principal.system ? scriptAssignment(src, g, guid)
                        : undefined;
    if (edit)
        return { description: `${description} (a role assignment in ${who.file}).`, edits: [edit] };
    return { description: `${description}: the identity and the ${g.scope.kind} are not declared in one file this fix can edit, so run: ${azCommand(g, guid)}`, edits: [] };
}
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./lib/src/model/rbac/roles.js
var roles = __webpack_require__(1892);
;// CONCATENATED MODULE: ./lib/src/model/aml/requirements.js

// What AML identities need, phrased as the operations the docs name ("role X, or any role that allows …").
/** AcrPull's one permission: AcrPush, Contributor, Owner or a custom role holding it will do. */
const ACR_PULL = (0,roles/* requireActions */.Pg)('AcrPull', { actions: ['Microsoft.ContainerRegistry/registries/pull/read'] });
/** Reading blobs: Storage Blob Data Reader, or any role whose data actions allow it (Contributor and Owner do not). */
const BLOB_READ = (0,roles/* requireActions */.Pg)('Storage Blob Data Reader', { dataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'] });
/** Reading a Key Vault secret's value: Key Vault Secrets User, or any role whose data actions allow it. */
const KEY_VAULT_SECRET_READ = (0,roles/* requireActions */.Pg)('Key Vault Secrets User', { dataActions: ['Microsoft.KeyVault/vaults/secrets/getSecret/action'] });
/** Reading workspace connection secrets: the Connection Secrets Reader role, or any role allowing `listsecrets`. */
const CONNECTION_SECRETS = (0,roles/* requireActions */.Pg)('Azure Machine Learning Workspace Connection Secrets Reader', {
    actions: ['Microsoft.MachineLearningServices/workspaces/connections/listsecrets/action'],
});
//# sourceMappingURL=requirements.js.map
;// CONCATENATED MODULE: ./lib/src/rule/role-needs.js

/**
 * The answer to one need. An identity or resource that cannot be resolved makes it unknown; one
 * declared outside the repository makes a "no" unknown (it may hold the role from elsewhere).
 */
function roleNeed(graph, need, check) {
    const { identity, on, what } = need;
    if (identity.state === 'unknown')
        return { ...need, held: 'unknown', why: `identity not resolved: ${identity.why}` };
    if (on.state === 'unknown')
        return { ...need, held: 'unknown', why: `${what} not resolved: ${on.why}` };
    const who = (0,model_graph/* asPrincipal */.$v)(identity);
    let held;
    if (check)
        held = on.state === 'found' ? check(who, on.resource) : 'unknown';
    else if (need.requirement)
        held = graph.hasRole(who, need.requirement, on);
    else
        throw new Error(`need '${need.role}' has neither a requirement nor a check`);
    if (held === true)
        return { ...need, held };
    const outside = identity.state === 'external' ? `identity '${(0,model_graph/* targetName */.je)(identity)}'` : on.state === 'external' ? `${what} '${(0,model_graph/* targetName */.je)(on)}'` : undefined;
    if (outside)
        return { ...need, held: 'unknown', why: `${outside} is declared outside this repository` };
    if (held === 'unknown')
        return { ...need, held, why: 'an assignment might grant it, but its principal, scope or role is not known statically' };
    return { ...need, held };
}
/** Why a workspace's resources cannot be named: its workspace is not resolved, or is declared elsewhere. */
function workspaceUnknown(ws) {
    return ws.state === 'unknown' ? `its workspace is not known (${ws.why})` : `its workspace '${(0,model_graph/* targetName */.je)(ws)}' is declared outside this repository`;
}
//# sourceMappingURL=role-needs.js.map
;// CONCATENATED MODULE: ./lib/rules/compute-uai-acr-pull/rule.js






/* harmony default export */ const compute_uai_acr_pull_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'compute-uai-acr-pull',
        severity: 'error',
        summary: "A compute with only user-assigned identity has no AcrPull on the workspace's container registry.",
        description: "A compute's system-assigned identity is granted AcrPull on the workspace registry automatically; a user-assigned identity is not. A cluster or instance that uses user-assigned identities only must have AcrPull (or AcrPush, Contributor, Owner) granted to each of them on the workspace's registry, or it cannot pull the images jobs run in. The compute's workspace is its parent resource (ARM, Bicep), its `machine_learning_workspace_id` (Terraform), or for AML YAML the workspace bound to its path in the configuration, else the only workspace in the repository.",
        source: [
            {
                statement: "A managed identity is automatically granted the ACRPull role on the workspace's ACR instance to enable pulling Docker images for training.",
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'A una identidad administrada se le concede automáticamente el rol ACRPull en la instancia de ACR del área de trabajo para habilitar la extracción de imágenes de Docker para el entrenamiento.' },
            },
            {
                statement: 'To let the compute cluster pull the base images, grant the managed service identity the ACRPull role on the private ACR instance.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Para permitir que el clúster de proceso extraiga las imágenes base, conceda el rol ACRPull de Managed Service Identity en la instancia de ACR privada.' },
            },
        ],
        why: 'Every job on the compute fails at image pull, after deployment.',
        fix: "Grant AcrPull on the workspace's registry to each user-assigned identity of the compute (`az role assignment create --assignee-object-id <principalId> --role AcrPull --scope <acr id>`, or an IaC role assignment).",
        tags: ['reliability', 'identity', 'rbac', 'registry'],
        formats: ['aml-yaml', 'bicep', 'terraform'],
        messages: {
            missing: "Compute '{{compute}}' uses user-assigned identity '{{identity}}' only, which has no AcrPull on registry '{{registry}}' of workspace '{{workspace}}'; grant AcrPull or jobs cannot pull their images.",
        },
        securitySeverity: 4.0,
    },
    requirements: (graph) => graph.of('compute').flatMap((c) => computeNeeds(graph, c)),
    create(ctx) {
        return {
            compute(c) {
                for (const need of computeNeeds(ctx.graph, c)) {
                    const { identity: uai, on: acr, workspace: ws } = need;
                    if (ws.state !== 'found' || acr.state !== 'found' || uai.state !== 'found' || need.held !== false)
                        continue;
                    ctx.report({
                        at: c.identity.decl,
                        messageId: 'missing',
                        data: { compute: (0,resource/* nameOf */.Vb)(c), identity: (0,model_graph/* targetName */.je)(uai), registry: (0,model_graph/* targetName */.je)(acr), workspace: (0,resource/* nameOf */.Vb)(ws.resource) },
                        related: [
                            { at: uai.resource.decl, message: `identity '${(0,model_graph/* targetName */.je)(uai)}'` },
                            { at: acr.resource.decl, message: `registry '${(0,model_graph/* targetName */.je)(acr)}'` },
                        ],
                        fix: roleAssignmentFix(ctx, { principal: { resource: uai.resource, system: false }, scope: acr.resource, roleName: 'AcrPull' }),
                    });
                }
            },
        };
    },
}));
/** AcrPull on the workspace's registry for each user-assigned identity of a compute that has no system identity. */
function computeNeeds(graph, c) {
    const id = c.identity;
    if (!id || id.user !== true || id.system !== false)
        return [];
    const workspace = graph.workspaceOf(c);
    const on = workspace.state === 'found' ? graph.resolve(workspace.resource.props.containerRegistry, workspace.resource) : { state: 'unknown', why: workspaceUnknown(workspace) };
    return id.userAssigned.map((u) => roleNeed(graph, { subject: c, workspace, identity: graph.resolve(u, c), role: 'AcrPull', requirement: ACR_PULL, on, what: 'container registry' }));
}
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/src/model/credentials.js
/** Credential fields a datastore can cache, with how a message names them. */
const CACHED = {
    account_key: 'an account key',
    sas_token: 'a SAS token',
    client_secret: 'a service principal secret',
    certificate: 'a service principal certificate',
    kerberos_password: 'a Kerberos password',
    kerberos_keytab: 'a Kerberos keytab',
    password: 'a password',
};
/** The cached-credential fields of a datastore's `credentials` block (empty for identity-based access). */
function credentialKinds(credentials) {
    if (!credentials || credentials.t !== 'obj')
        return [];
    return credentials.entries
        .filter((e) => CACHED[e.key] !== undefined)
        .map((e) => ({ key: e.key, keyLoc: e.keyLoc, value: e.value, label: CACHED[e.key] }));
}
//# sourceMappingURL=credentials.js.map
;// CONCATENATED MODULE: ./lib/rules/datastore-credential-based/rule.js



/* harmony default export */ const datastore_credential_based_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'datastore-credential-based',
        severity: 'warning',
        summary: 'A datastore caches credentials (account key, SAS token, service principal secret or certificate).',
        description: 'Credential-based datastores (AML YAML `credentials`, ARM and Bicep `credentials.credentialsType`, the older flat ARM shape with `AccountKey`/`SasToken`/`ClientSecret`/`Password`, Terraform `account_key`/`shared_access_signature`/`client_secret`) store their account key, SAS token or service principal secret in the workspace key vault, where other workspace users with enough permissions can retrieve them. Identity-based access stores no credentials: the caller\'s Entra token (or the compute\'s managed identity) is checked against the storage account\'s RBAC.',
        source: [
            {
                statement: 'This approach has the limitation that other workspace users with sufficient permissions can retrieve those credentials, which can be a security concern for some organizations.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Este enfoque tiene la limitación de que otros usuarios del área de trabajo con permisos suficientes puedan recuperar esas credenciales, lo que puede ser un problema de seguridad para alguna organización.' },
            },
        ],
        why: 'Cached credentials let any workspace user with enough permission read the storage key or secret from the workspace key vault, and they bypass per-user storage RBAC and its audit trail.',
        fix: 'Remove `credentials:` to make the datastore identity-based, and grant the users and compute identities that read it **Storage Blob Data Reader** (or Contributor) on the storage account.',
        tags: ['security', 'data'],
        formats: ['aml-yaml', 'arm', 'bicep', 'terraform'],
        messages: {
            cached: "Datastore '{{name}}' caches {{what}} in the workspace key vault, where other workspace users can read it; prefer identity-based access (no credentials) where the storage supports it.",
        },
        securitySeverity: 5.0,
    },
    create(ctx) {
        return {
            datastore(d) {
                const kinds = credentialKinds(d.props.credentials);
                if (!kinds.length)
                    return;
                const first = kinds[0];
                ctx.report({ at: first.keyLoc, messageId: 'cached', data: { name: (0,resource/* nameOf */.Vb)(d), what: [...new Set(kinds.map((k) => k.label))].join(' and ') } });
            },
        };
    },
}));
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/datastore-cross-tenant/rule.js



const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/* harmony default export */ const datastore_cross_tenant_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'datastore-cross-tenant',
        severity: 'error',
        summary: "A datastore's credentials belong to another Entra tenant than the workspace.",
        description: "Cross-tenant access to storage accounts is not supported. The datastore's `credentials.tenant_id` (ARM `credentials.tenantId`) is compared with the workspace tenant: the configuration's `tenantId` (or `--tenant-id`, the Action's `tenant-id` input), else the tenant written in the workspace's own declaration (`identity.tenant_id`). Placeholders and unknown values are not compared.",
        source: [
            {
                statement: 'Cross-tenant access to storage accounts is not supported.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'No se admite el acceso entre inquilinos a las cuentas de almacenamiento.' },
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
                const tenant = (0,model_value/* get */.Jt)(d.props.credentials, 'tenant_id');
                const value = guidOf(tenant);
                if (!value || !tenant)
                    return;
                let wsTenant = ctx.settings.tenantId && GUID.test(ctx.settings.tenantId) ? ctx.settings.tenantId : undefined;
                if (!wsTenant) {
                    const ws = ctx.graph.workspaceOf(d);
                    if (ws.state === 'found')
                        wsTenant = guidOf(ws.resource.identity?.tenantId);
                }
                if (!wsTenant || wsTenant.toLowerCase() === value.toLowerCase())
                    return;
                ctx.report({ at: tenant, messageId: 'crossTenant', data: { name: (0,resource/* nameOf */.Vb)(d), tenant: value, workspaceTenant: wsTenant } });
            },
        };
    },
}));
function guidOf(v) {
    const s = (0,model_value/* str */.gx)(v)?.trim();
    // A GUID is never a placeholder (`<TENANT_ID>` is not a GUID); all-digit test GUIDs are real values here.
    return s && GUID.test(s) ? s : undefined;
}
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/src/model/aml/datastore-uri.js

/**
 * An AML datastore URI: the short form `azureml://datastores/<name>/paths/…` (the job's own
 * workspace) or the long form `azureml://subscriptions/<sub>/resourcegroups/<rg>/workspaces/<ws>/datastores/<name>/paths/…`.
 */
const DATASTORE_URI = /^azureml:\/\/(?:subscriptions\/[^/]+\/resourcegroups\/[^/]+\/(?:providers\/microsoft\.machinelearningservices\/)?workspaces\/([^/]+)\/)?datastores\/([^/]+)(?:\/|$)/i;
function parseDatastoreUri(s) {
    const m = DATASTORE_URI.exec(s.trim());
    if (!m)
        return undefined;
    return m[1] ? { datastore: m[2], workspace: m[1] } : { datastore: m[2] };
}
/** The datastore a URI names, or undefined when the value is not a datastore URI. */
function datastoreNameOf(v) {
    return v.t === 'str' ? parseDatastoreUri(v.value)?.datastore : undefined;
}
/** Every datastore URI under a node (a job, a step, a pipeline's root without its steps). */
function datastoreUris(node, skipKeys = []) {
    const out = [];
    const walk = (v) => {
        if (v.t === 'str' && datastoreNameOf(v))
            out.push(v);
        else if (v.t === 'obj')
            for (const e of v.entries)
                walk(e.value);
        else if (v.t === 'arr')
            v.items.forEach(walk);
    };
    if (node.t === 'obj')
        for (const e of node.entries)
            if (!skipKeys.includes(e.key))
                walk(e.value);
    return out;
}
/**
 * The datastores a job or step reads: its `inputs` (an input's `path:`, or an input given as a
 * bare URI). A step input bound to the pipeline's (`${{parent.inputs.x}}`) reads what the
 * pipeline's input `x` names.
 */
function datastoreInputs(node, parentInputs) {
    const inputs = (0,model_value/* get */.Jt)(node, 'inputs');
    if (inputs?.t !== 'obj')
        return [];
    const out = [];
    for (const e of inputs.entries) {
        const v = pathOf(e.value);
        if (!v)
            continue;
        const bound = /^\$\{\{\s*parent\.inputs\.([\w-]+)\s*\}\}$/.exec(v.value.trim());
        const uri = bound ? pathOf((0,model_value/* get */.Jt)(parentInputs, bound[1])) : v;
        const datastore = uri && datastoreNameOf(uri);
        if (uri && datastore)
            out.push({ at: v, uri, datastore });
    }
    return out;
}
function pathOf(input) {
    const v = input?.t === 'obj' ? (0,model_value/* get */.Jt)(input, 'path') : input;
    return v?.t === 'str' ? v : undefined;
}
//# sourceMappingURL=datastore-uri.js.map
;// CONCATENATED MODULE: ./lib/src/model/aml/run-as.js


/**
 * The identity a compute uses by default: its system-assigned identity when it has one, else its
 * first user-assigned identity. Undefined when it has none or the one it names is not declared here.
 */
function computeIdentity(graph, compute) {
    const id = compute.identity;
    if (!id)
        return undefined;
    if (id.system === true)
        return { principal: { state: 'found', resource: compute, system: true }, label: `system-assigned identity of compute '${(0,resource/* nameOf */.Vb)(compute)}'`, decl: id.decl };
    if (id.user === true && id.system === false && id.userAssigned.length)
        return userAssigned(graph, compute, id.userAssigned[0]);
    return undefined;
}
/** An online endpoint's identity: system-assigned unless its identity says user-assigned (then its first one). */
function endpointIdentity(graph, endpoint) {
    const id = endpoint.identity;
    if (!id || (id.system === true && id.user !== true) || (id.type === undefined && id.userAssigned.length === 0)) {
        return { principal: { state: 'found', resource: endpoint, system: true }, label: `system-assigned identity of endpoint '${(0,resource/* nameOf */.Vb)(endpoint)}'`, decl: id?.decl ?? endpoint.decl };
    }
    if (id.user === true && id.userAssigned.length)
        return userAssigned(graph, endpoint, id.userAssigned[0]);
    return undefined;
}
function userAssigned(graph, near, ref) {
    const t = graph.resolve(ref, near);
    if (t.state !== 'found')
        return undefined;
    return { principal: (0,model_graph/* asPrincipal */.$v)(t), label: `user-assigned identity '${(0,model_graph/* targetName */.je)(t)}'`, decl: t.resource.decl };
}
/** The one resource of a kind with this name (case-insensitive); none when absent or ambiguous. */
function named(graph, kind, name) {
    const hits = new Map();
    for (const r of graph.withName(kind, name)) {
        hits.set(`${r.file}:${r.decl.range.start.line}:${r.decl.range.start.column}`, r);
    }
    return hits.size === 1 ? [...hits.values()][0] : undefined;
}
/** `azureml:cpu-cluster`, `cpu-cluster` → `cpu-cluster`; a full ARM ID → its last segment; other forms → undefined. */
function assetName(v) {
    if (v?.t !== 'str')
        return undefined;
    const s = v.value.trim();
    if (/^\$\{\{|^azureml:\/\//i.test(s))
        return undefined;
    const bare = s.replace(/^azureml:/i, '');
    if (bare.startsWith('/'))
        return /\/([^/]+)$/.exec(bare)?.[1];
    return /^[\w.-]+$/.test(bare) ? bare : undefined;
}
//# sourceMappingURL=run-as.js.map
;// CONCATENATED MODULE: ./lib/src/model/aml/datastore.js

const STORAGE = 'Microsoft.Storage/storageAccounts';
/** Datastore types whose identity-based access is checked against the storage account's RBAC. */
const BLOB_TYPES = new Set(['azureblob', 'azuredatalakegen2']);
/**
 * The storage account of an identity-based Blob or ADLS Gen2 datastore (no cached credentials),
 * when the account it names is declared in the repository.
 */
function identityBasedStorage(graph, ds) {
    if (!BLOB_TYPES.has(ds.subKind ?? '') || ds.props.credentials?.t === 'unknown' || credentialKinds(ds.props.credentials).length)
        return undefined;
    const account = ds.props.accountName;
    if (account?.t !== 'str')
        return undefined;
    const storage = graph.find(STORAGE, account.value, ds);
    return storage.state === 'found' ? storage : undefined;
}
//# sourceMappingURL=datastore.js.map
;// CONCATENATED MODULE: ./lib/rules/datastore-identity-data-access/rule.js









/* harmony default export */ const datastore_identity_data_access_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'datastore-identity-data-access',
        severity: 'error',
        summary: "A job reads an identity-based datastore, and the compute identity that authenticates has no blob read access on its storage account.",
        description: "When a job (or a pipeline step) reads an identity-based Azure Blob or ADLS Gen2 datastore (one without cached credentials) and the job's identity is `managed` or not set, Azure ML authenticates to storage with the compute's managed identity: its system-assigned identity, or its first user-assigned identity. That identity needs **Storage Blob Data Reader** (or any role whose data actions allow reading blobs; Contributor and Owner do not) on the storage account or a scope above it. The rule follows the job's datastore inputs (`azureml://datastores/<name>/…`, also through a step's `${{parent.inputs.x}}`) to a datastore declared in the repository, its `account_name` to a storage account declared in the repository, and the job's `compute:` (or the pipeline's `settings.default_compute`) to a compute declared in the repository, in any format. A job with `identity: type: user_identity` reads as the submitting user, who is not known statically: silent. Anything not declared here, or an assignment that might grant the role, keeps the rule silent.",
        source: [
            {
                statement: 'To access these storage services, you must have at least Storage Blob Data Reader access to the storage account.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Para poder acceder a estos servicios de almacenamiento, debe tener como mínimo acceso de Lector de datos de Storage Blob a la cuenta de almacenamiento.' },
            },
            {
                statement: "With this approach, the administrator grants the compute instance's or compute cluster's managed identity Storage Blob Data Reader permissions on the storage.",
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Con este enfoque, el administrador concede a la instancia de proceso o a la identidad administrada del clúster de proceso permisos lector de datos de Storage Blob en el almacenamiento.' },
            },
            {
                statement: 'If the identity property is left unspecified and the datastore has no cached credentials, the compute managed identity becomes the fallback.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Si la propiedad identity se deja sin especificar y el almacén de datos no tiene credenciales almacenadas en caché, la identidad administrada de proceso se convierte en la opción de reserva.' },
            },
        ],
        why: 'The job is accepted, waits for its compute, and then fails when it mounts or downloads its input: a 403 from storage, long after the pull request was merged.',
        fix: "Grant the compute's identity **Storage Blob Data Reader** on the storage account (Bicep `Microsoft.Authorization/roleAssignments` with `scope: storage` and the compute's `identity.principalId`, Terraform `azurerm_role_assignment`, or `az role assignment create --assignee-object-id <principalId> --role 'Storage Blob Data Reader' --scope <storage id>`), or run the job with `identity: type: user_identity` if each user should read with their own access.",
        tags: ['reliability', 'data', 'identity', 'rbac'],
        formats: ['aml-yaml', 'bicep', 'terraform', 'arm', 'az-cli'],
        messages: {
            noRead: "{{job}} reads datastore '{{datastore}}' with the {{identity}}, which has no Storage Blob Data Reader (or other blob read role) on storage account '{{account}}'; the job will fail to read its input.",
        },
        securitySeverity: 4.0,
    },
    create(ctx) {
        return {
            job(j) {
                if (!j.source)
                    return;
                const rootIdentity = (0,model_value/* get */.Jt)(j.source, 'identity');
                if (!j.steps?.length)
                    return check(ctx, `Job '${(0,resource/* nameOf */.Vb)(j)}'`, j.identity, rootIdentity, j.props.compute, datastoreInputs(j.source));
                const parentInputs = (0,model_value/* get */.Jt)(j.source, 'inputs');
                for (const s of j.steps) {
                    const own = (0,model_value/* get */.Jt)(s.source, 'identity');
                    check(ctx, `Step '${s.name}' of pipeline '${(0,resource/* nameOf */.Vb)(j)}'`, own ? s.identity : j.identity, own ?? rootIdentity, (0,model_value/* get */.Jt)(s.source, 'compute') ?? j.props.compute, datastoreInputs(s.source, parentInputs));
                }
            },
        };
    },
}));
function check(ctx, label, identity, identityNode, computeRef, inputs) {
    if (!inputs.length)
        return;
    const runAs = jobIdentity(ctx, identity, identityNode, computeRef);
    if (!runAs)
        return;
    for (const input of inputs) {
        const name = input.datastore;
        const ds = named(ctx.graph, 'datastore', name);
        const storage = ds && identityBasedStorage(ctx.graph, ds);
        if (!ds || !storage)
            continue;
        if (ctx.graph.hasRole(runAs.who.principal, BLOB_READ, storage) !== false)
            continue;
        ctx.report({
            at: input.at,
            messageId: 'noRead',
            data: { job: label, datastore: name, identity: runAs.who.label, account: (0,model_graph/* targetName */.je)(storage) },
            related: [
                { at: runAs.who.decl, message: runAs.who.label },
                { at: storage.resource.decl, message: `storage account '${(0,model_graph/* targetName */.je)(storage)}'` },
                { at: runAs.compute.decl, message: `compute '${(0,resource/* nameOf */.Vb)(runAs.compute)}'` },
                { at: ds.decl, message: `datastore '${name}'` },
                ...(input.uri !== input.at ? [{ at: input.uri, message: 'pipeline input' }] : []),
            ],
            fix: roleAssignmentFix(ctx, { principal: { resource: runAs.who.principal.resource, system: runAs.who.principal.system }, scope: storage.resource, roleName: 'Storage Blob Data Reader' }),
        });
    }
}
/**
 * Who reads: with `identity: managed` or none, the compute's default identity; a managed identity
 * named by resource ID is that identity. User identity and AML token are not known statically.
 */
function jobIdentity(ctx, identity, node, computeRef) {
    if (node && identity?.jobKind !== 'managed')
        return undefined;
    const computeName = assetName(computeRef);
    const compute = computeName ? named(ctx.graph, 'compute', computeName) : undefined;
    if (!compute)
        return undefined;
    // `identity: {type: managed, resource_id | client_id | object_id}` names one identity of the compute.
    const chosen = ['resource_id', 'msi_resource_id', 'client_id', 'object_id'].find((k) => (0,model_value/* get */.Jt)(node, k) !== undefined);
    if (chosen) {
        const t = chosen.endsWith('resource_id') ? ctx.graph.resolve((0,model_value/* get */.Jt)(node, chosen), compute) : undefined;
        if (t?.state !== 'found')
            return undefined;
        return { who: { principal: (0,model_graph/* asPrincipal */.$v)(t), label: `user-assigned identity '${(0,model_graph/* targetName */.je)(t)}'`, decl: t.resource.decl }, compute };
    }
    const who = computeIdentity(ctx.graph, compute);
    return who && { who, compute };
}
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/datastore-identity-unsupported/rule.js



/** Datastore types the seed lists for identity-based access, plus newer types that support it. */
const SUPPORTED = new Set(['azureblob', 'azuredatalakegen1', 'azuredatalakegen2', 'onelake']);
/** Types known to need credentials; anything else (hdfs, s3, …) is left alone. */
const UNSUPPORTED = new Set(['azurefile']);
/* harmony default export */ const datastore_identity_unsupported_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'datastore-identity-unsupported',
        severity: 'error',
        summary: 'A datastore of a type that does not support identity-based access has no credentials.',
        description: 'Identity-based data access only connects to Azure Blob Storage, Azure Data Lake Storage Gen1 and Gen2. A datastore of another type (such as `azure_file`) declared without credentials cannot authenticate. Types newer than the documentation that do support identities (OneLake) are not reported.',
        source: [
            {
                statement: 'Identity-based data access only allows connecting to the following storage services: Azure Blob Storage, Azure Data Lake Storage Gen1, Azure Data Lake Storage Gen2.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'El acceso a datos basado en identidades solo permite conectarse a los siguientes servicios de almacenamiento.' },
            },
        ],
        why: 'The datastore is created, but every job that reads it fails to authenticate, because the storage service cannot take an Entra token.',
        fix: 'Store the data in Blob Storage or ADLS Gen2 to use identity-based access, or give this datastore `credentials` (and accept that they are cached).',
        tags: ['reliability', 'data'],
        formats: ['aml-yaml'],
        messages: {
            unsupported: "Datastore '{{name}}' of type '{{type}}' has no credentials, but identity-based access supports only Azure Blob, ADLS Gen1 and ADLS Gen2; add credentials or use a supported storage type.",
        },
        securitySeverity: 3.0,
    },
    create(ctx) {
        return {
            datastore(d) {
                if (!d.subKind || SUPPORTED.has(d.subKind) || !UNSUPPORTED.has(d.subKind))
                    return;
                const creds = d.props.credentials;
                if (creds && creds.t !== 'null' && (creds.t !== 'obj' || creds.entries.length > 0 || credentialKinds(creds).length > 0))
                    return;
                const at = d.subKindAt ?? d.decl;
                ctx.report({ at, messageId: 'unsupported', data: { name: (0,resource/* nameOf */.Vb)(d), type: d.subKindAt?.t === 'str' ? d.subKindAt.value : d.subKind } });
            },
        };
    },
}));
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/datastore-network-workspace-identity/rule.js







/* harmony default export */ const datastore_network_workspace_identity_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'datastore-network-workspace-identity',
        severity: 'note',
        summary: "A datastore's storage account is behind network rules and the workspace identity cannot read its blobs: data preview and profiling will fail.",
        description: "When a storage account lets in only some IP addresses and subnets, or only trusted Azure services (network rules with default action `Deny`: ARM and Bicep `networkAcls.defaultAction`, Terraform `network_rules { default_action }`), Azure ML previews and profiles its data in the studio with the workspace's managed identity. For an identity-based Blob or ADLS Gen2 datastore on such an account, that identity (the workspace's system-assigned identity, or its primary user-assigned one) then needs **Storage Blob Data Reader** (or any role allowing blob reads) on the account. Reported as a note when the datastore's account and the workspace are declared in the repository and no assignment there could grant it; jobs are not affected (they use the compute's or the user's identity).",
        source: [
            {
                statement: 'In scenarios where only certain IP addresses and subnets can access the storage, Azure Machine Learning uses the workspace MSI to profile and preview data.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'En aquellos escenarios en los que solo determinadas direcciones IP y subredes pueden tener acceso al almacenamiento, Azure Machine Learning usa la MSI del área de trabajo para realizar perfiles y vistas previas de datos.' },
            },
            {
                statement: 'If the virtual network setting is "Allow Azure services on the trusted services list to access this storage account", the workspace MSI is used.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Si la configuración de red virtual es "Permitir que los servicios de Azure de la lista de servicios de confianza accedan a esta cuenta de almacenamiento", se usa la MSI del área de trabajo.' },
            },
        ],
        why: 'Data preview, profiling and the data explorer in the studio fail with an authorization error for this datastore, although jobs work.',
        fix: "Grant the workspace's managed identity Storage Blob Data Reader on the storage account.",
        tags: ['usability', 'data', 'identity', 'network'],
        formats: ['aml-yaml', 'bicep', 'arm', 'terraform'],
        messages: {
            preview: "Datastore '{{datastore}}' is on storage account '{{account}}', which only lets in some networks or trusted services; the studio previews its data with the {{identity}}, which has no Storage Blob Data Reader there.",
        },
        securitySeverity: 1.0,
    },
    create(ctx) {
        return {
            datastore(d) {
                const storage = identityBasedStorage(ctx.graph, d);
                const account = d.props.accountName;
                if (!storage || !account)
                    return;
                const action = storage.resource.props.networkDefaultAction;
                if (action?.t !== 'str' || (0,model_value/* normEnum */.aR)(action.value) !== 'deny')
                    return;
                const ws = ctx.graph.workspaceOf(d);
                if (ws.state !== 'found')
                    return;
                const who = workspaceIdentity(ctx.graph, ws.resource);
                if (!who || ctx.graph.hasRole(who.principal, BLOB_READ, storage) !== false)
                    return;
                ctx.report({
                    at: account,
                    messageId: 'preview',
                    data: { datastore: (0,resource/* nameOf */.Vb)(d), account: (0,model_graph/* targetName */.je)(storage), identity: who.label },
                    related: [
                        { at: action, message: `network rules of storage account '${(0,model_graph/* targetName */.je)(storage)}'` },
                        { at: who.decl, message: who.label },
                    ],
                });
            },
        };
    },
}));
//# sourceMappingURL=rule.js.map
// EXTERNAL MODULE: ./lib/src/model/placeholder.js
var placeholder = __webpack_require__(7925);
;// CONCATENATED MODULE: ./lib/rules/datastore-plaintext-secret/rule.js



/** Keys whose value is a secret, wherever they sit in a datastore, connection or compute document. */
const SECRET_KEYS = new Set([
    'account_key',
    'sas_token',
    'client_secret',
    'certificate',
    'kerberos_password',
    'kerberos_keytab',
    'admin_password',
    'password',
    'pat',
    'api_key',
    'secret_access_key',
    'personal_access_token',
    // Terraform and ARM spellings.
    'shared_access_signature',
    'accountkey',
    'sastoken',
    'clientsecret',
]);
/** Under an ARM `secrets` object these hold the secret itself. */
const ARM_SECRETS = new Set(['key', 'sastoken', 'clientsecret', 'certificate']);
/* harmony default export */ const datastore_plaintext_secret_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'datastore-plaintext-secret',
        severity: 'error',
        summary: 'A literal secret is committed in a datastore, connection or compute file.',
        description: 'Account keys, SAS tokens, client secrets, passwords and API keys written literally in a committed file are readable by everyone with access to the repository and its history, on top of being cached in the workspace key vault. Placeholders (`<key>`, `${{ secrets.X }}`, `$VAR`, `{{x}}`, `XXXX`) are not secrets and are not reported. The secret itself is never printed: messages, annotations and SARIF name only the field.',
        source: [
            {
                statement: 'The credentials stored with credential-based authentication include subscription IDs, shared access signature (SAS) tokens, storage access keys, and service principal information such as client IDs and tenant IDs.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Las credenciales que se almacenan con la autenticación basada en credenciales incluyen: los identificadores de la suscripción, los tokens de firma de acceso compartido (SAS), las claves de acceso de almacenamiento y la información de la entidad de servicio, como los identificadores de cliente y los identificadores de inquilino.' },
            },
        ],
        why: 'A secret in git is readable by everyone with repository access, forever (history keeps it), and is copied into every fork and CI log that prints the file.',
        fix: 'Remove the value from the file and from git history, rotate the secret, and pass it at deploy time (for example `az ml datastore create --file ds.yml --set credentials.account_key=$KEY` from a pipeline secret), or switch to identity-based access.',
        tags: ['security', 'secrets'],
        formats: ['aml-yaml', 'arm', 'bicep', 'terraform'],
        messages: {
            literal: "{{field}} in {{kind}} '{{name}}' holds a literal secret (value redacted); remove it from the repository, rotate it, and pass it at deploy time or use identity-based access.",
        },
        securitySeverity: 9.0,
    },
    create(ctx) {
        const scan = (r) => {
            if (!r.source)
                return;
            const name = (0,resource/* nameOf */.Vb)(r);
            walk(r.source, [], (path, value) => {
                ctx.report({ at: value, messageId: 'literal', secret: true, data: { field: path.join('.'), kind: r.kind, name } });
            });
        };
        return { datastore: scan, connection: scan, compute: scan };
    },
}));
function walk(node, path, onSecret) {
    if (node.t === 'obj') {
        for (const e of node.entries) {
            const v = e.value;
            const key = e.key.toLowerCase();
            const secret = SECRET_KEYS.has(key) || (path[path.length - 1]?.toLowerCase() === 'secrets' && ARM_SECRETS.has(key));
            if (secret && (v.t === 'str' || v.t === 'num') && !(0,placeholder/* isPlaceholder */.w)(String(v.value))) {
                onSecret([...path, e.key], v);
            }
            else
                walk(v, [...path, e.key], onSecret);
        }
    }
    else if (node.t === 'arr')
        node.items.forEach((item, i) => walk(item, [...path, String(i)], onSecret));
}
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/src/model/aml/secret-refs.js

/**
 * The secret-reference forms of secret injection that read a workspace connection
 * (`${{azureml://connections/<name>}}`, `…/credentials/<key>`, `…/metadata/<key>`, `…/target`):
 * the endpoint identity reads the connection's secrets to resolve them.
 */
const CONNECTION_REF = /^\$\{\{\s*azureml:\/\/connections\/([^/}\s]+)(?:\/(?:credentials|metadata)\/[^/}\s]+|\/target)?\s*\}\}$/i;
/** `${{keyvault:https://<vault>.vault.azure.net/secrets/<name>/<version>}}`: read from the vault with the endpoint identity. */
const KEY_VAULT_REF = /^\$\{\{\s*keyvault:https:\/\/([a-z0-9-]+)\.vault\.[a-z.]+\/secrets\/[^}\s]+\s*\}\}$/i;
/** Environment variables of a deployment that reference a workspace connection. */
function connectionRefs(d) {
    return matchingVars(d, CONNECTION_REF).map(([value, m]) => ({ value, connection: m[1], deployment: d }));
}
/** Environment variables of a deployment that reference a Key Vault secret. */
function keyVaultRefs(d) {
    return matchingVars(d, KEY_VAULT_REF).map(([value, m]) => ({ value, vault: m[1].toLowerCase(), deployment: d }));
}
/** The deployment's environment variables whose value matches a secret-reference form. */
function matchingVars(d, form) {
    const vars = d.props.environmentVariables;
    if (vars?.t !== 'obj')
        return [];
    const out = [];
    for (const e of vars.entries) {
        const m = e.value.t === 'str' ? form.exec(e.value.value.trim()) : null;
        if (m)
            out.push([e.value, m]);
    }
    return out;
}
/** The deployments of an online endpoint (linked by `endpoint_name`). */
function deploymentsOf(graph, endpoint) {
    const name = (0,model_value/* str */.gx)(endpoint.name)?.toLowerCase();
    return name ? graph.keyed('onlineDeployment', 'endpointName', (d) => (0,model_value/* str */.gx)(d.props.endpointName)?.toLowerCase(), name) : [];
}
/** The connection references of every deployment of an online endpoint (linked by `endpoint_name`). */
function endpointConnectionRefs(graph, endpoint) {
    return deploymentsOf(graph, endpoint).flatMap(connectionRefs);
}
//# sourceMappingURL=secret-refs.js.map
;// CONCATENATED MODULE: ./lib/rules/endpoint-secret-store-access/rule.js





/* harmony default export */ const endpoint_secret_store_access_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'endpoint-secret-store-access',
        severity: 'note',
        summary: 'A system-assigned online endpoint and connection secrets: its creator must read them when access is enforced; otherwise its own identity must be granted them for secret injection.',
        description: 'When an online endpoint with a system-assigned identity sets `enforce_access_to_default_secret_stores: enabled`, the user identity that creates the endpoint and its deployments must have permission to read workspace connection secrets (for example the Azure Machine Learning Workspace Connection Secrets Reader role); otherwise creation is rejected. amlguard cannot see who deploys, so this is a reminder, not an error. Without that flag the endpoint identity is not granted the role automatically: when a deployment of the endpoint (linked by `endpoint_name`) references a workspace connection in its `environment_variables` (`${{azureml://connections/<name>}}`, `…/credentials/<key>`, `…/metadata/<key>`, `…/target`), the endpoint\'s system-assigned identity reads the connection\'s secrets, so the role (or any role allowing `connections/listsecrets/action`) must be assigned to it on the workspace; a warning says so when no assignment in the repository could grant it. A Key Vault reference (`${{keyvault:https://<vault>.vault.azure.net/secrets/<name>/<version>}}`) is never granted automatically, with or without the flag: the endpoint identity needs Key Vault Secrets User on the vault, and a warning says so when the vault is declared in the repository and nothing there could grant it.',
        source: [
            {
                statement: 'If a user identity lacks permission to read secrets from workspace connections but tries to create the endpoint with a SAI and the flag set to enforce access to default secret stores, endpoint creation is rejected.',
                url: 'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth',
                seed: { file: '004_0187e83670ac0fb2.txt', quote: 'Si una identidad de usuario no tiene permisos para leer secretos de las conexiones de área de trabajo, pero intenta crear el punto de conexión con una SAI y la marca del punto de conexión establecido para aplicar el acceso a los almacenes de secretos predeterminados, se rechaza la creación del punto de conexión.' },
            },
            {
                statement: 'In this case the endpoint identity is not automatically granted permission to read secrets, but you can still grant it manually by assigning the appropriate roles if needed.',
                url: 'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth',
                seed: { file: '004_0187e83670ac0fb2.txt', quote: 'En este caso, no se concederá automáticamente a la identidad del punto de conexión el permiso para leer secretos, pero aún puede conceder manualmente a la identidad del punto de conexión este permiso asignando los roles adecuados si es necesario.' },
            },
            {
                statement: 'Whether the role assignment was made automatically or manually, secret retrieval and injection are triggered if you mapped environment variables to secret references in the deployment definition, and they use the endpoint identity to do so.',
                url: 'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth',
                seed: { file: '004_0187e83670ac0fb2.txt', quote: 'Independientemente de si la asignación de roles se realizó automáticamente o manualmente, la recuperación e inserción de secretos se desencadenará si ha asignado las variables de entorno con referencias secretas en la definición de implementación, y usará la identidad del punto de conexión para hacerlo.' },
            },
        ],
        why: 'A pipeline identity without that permission has its endpoint or deployment creation rejected at deploy time.',
        learn: [{ title: 'Access secrets from online deployment using secret injection', url: 'https://learn.microsoft.com/azure/machine-learning/how-to-deploy-online-endpoint-with-secret-injection' }],
        fix: 'Set `enforce_access_to_default_secret_stores: enabled` on the endpoint (the role is then granted to its identity when it is created), or assign the endpoint\'s identity the Azure Machine Learning Workspace Connection Secrets Reader role on the workspace. When the flag is set, grant the identity that runs `az ml online-endpoint create` (and deployment create) the Azure Machine Learning Workspace Connection Secrets Reader role on the workspace, or a custom role with `workspaces/connections/listsecrets/action`.',
        tags: ['reliability', 'rbac'],
        formats: ['aml-yaml', 'bicep'],
        messages: {
            creator: "Online endpoint '{{name}}' enforces access to default secret stores with a system-assigned identity; whoever creates it and its deployments must be able to read workspace connection secrets, or creation is rejected.",
            vaultNotGranted: "Deployment '{{deployment}}' injects a secret of key vault '{{vault}}' with the system-assigned identity of endpoint '{{name}}', which is never granted Key Vault access automatically and has no Key Vault Secrets User (or other secret read role) there; the deployment will fail.",
            notGranted: "Deployments of online endpoint '{{name}}' inject secrets of connection '{{connection}}' with the endpoint's system-assigned identity, which is not granted Connection Secrets Reader automatically (access to default secret stores is not enforced) and has no such role on workspace '{{workspace}}'; the deployment will fail.",
        },
        securitySeverity: 2.0,
    },
    create(ctx) {
        return {
            onlineEndpoint(e) {
                // No identity block means the default: system-assigned.
                if (e.identity && e.identity.system !== true)
                    return;
                const sai = { state: 'found', resource: e, system: true };
                // Key Vault references: the system-assigned identity is never granted them automatically, flag or not.
                for (const ref of deploymentsOf(ctx.graph, e).flatMap(keyVaultRefs)) {
                    const vault = ctx.graph.find('Microsoft.KeyVault/vaults', ref.vault, e);
                    if (vault.state !== 'found' || ctx.graph.hasRole(sai, KEY_VAULT_SECRET_READ, vault) !== false)
                        continue;
                    ctx.report({
                        at: e.identity?.decl ?? (0,resource/* anchorOf */.dI)(e),
                        messageId: 'vaultNotGranted',
                        severity: 'warning',
                        data: { name: (0,resource/* nameOf */.Vb)(e), deployment: (0,resource/* nameOf */.Vb)(ref.deployment), vault: ref.vault },
                        related: [
                            { at: ref.value, message: `deployment '${(0,resource/* nameOf */.Vb)(ref.deployment)}' references key vault '${ref.vault}'` },
                            { at: vault.resource.decl, message: `key vault '${ref.vault}'` },
                        ],
                    });
                }
                const flag = e.props.enforceAccessToDefaultSecretStores;
                if (flag?.t === 'str' && (0,model_value/* normEnum */.aR)(flag.value) === 'enabled')
                    return ctx.report({ at: flag, messageId: 'creator', data: { name: (0,resource/* nameOf */.Vb)(e) } });
                if (flag && flag.t !== 'str')
                    return; // not known statically
                const refs = endpointConnectionRefs(ctx.graph, e);
                if (!refs.length)
                    return;
                const ws = ctx.graph.workspaceOf(e);
                if (ws.state !== 'found')
                    return;
                if (ctx.graph.hasRole(sai, CONNECTION_SECRETS, ws) !== false)
                    return;
                ctx.report({
                    at: e.identity?.decl ?? (0,resource/* anchorOf */.dI)(e),
                    messageId: 'notGranted',
                    severity: 'warning',
                    data: { name: (0,resource/* nameOf */.Vb)(e), connection: refs[0].connection, workspace: (0,resource/* nameOf */.Vb)(ws.resource) },
                    related: refs.map((r) => ({ at: r.value, message: `deployment '${(0,resource/* nameOf */.Vb)(r.deployment)}' references connection '${r.connection}'` })),
                });
            },
        };
    },
}));
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/endpoint-uai-roles/rule.js









const METRICS = (0,roles/* requireRole */.cl)('AzureML Metrics Writer (preview)');
/* harmony default export */ const endpoint_uai_roles_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'endpoint-uai-roles',
        severity: 'error',
        summary: 'An online endpoint with a user-assigned identity lacks a role its deployments need.',
        description: "An online endpoint's system-assigned identity is granted AcrPull and Storage Blob Data Reader automatically; a user-assigned identity is not. It needs **AcrPull** on the workspace registry and **Storage Blob Data Reader** on the workspace storage (Contributor and Owner do not grant blob data access); **AzureML Metrics Writer** on the workspace is optional (a note); with secret injection enforced (`enforce_access_to_default_secret_stores: enabled`), or when a deployment of the endpoint (linked by `endpoint_name`) references a workspace connection in its `environment_variables` (`${{azureml://connections/<name>}}`, `…/credentials/<key>`, `…/metadata/<key>`, `…/target`), it needs **Azure Machine Learning Workspace Connection Secrets Reader** (or any role allowing `connections/listsecrets/action`) on the workspace: secret injection reads the connection with the endpoint identity. A Key Vault reference (`${{keyvault:https://<vault>.vault.azure.net/secrets/<name>/<version>}}`) to a vault declared in the repository needs **Key Vault Secrets User** (or any role allowing `secrets/getSecret/action`) on that vault.",
        source: [
            {
                statement: 'For a system-assigned identity, the identity is created with the endpoint and roles with fundamental permissions (such as Azure Container Registry pull and storage blob data reader) are assigned automatically.',
                url: 'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth',
                seed: { file: '004_0187e83670ac0fb2.txt', quote: 'Para un identidad asignada por el sistema, la identidad se crea automáticamente al crear el punto de conexión y los roles con permisos fundamentales (como el permiso de extracción de Azure Container Registry y el lector de datos de blobs de almacenamiento) se asignan automáticamente.' },
            },
            {
                statement: 'Whether the role assignment was made automatically or manually, secret retrieval and injection are triggered if you mapped environment variables to secret references in the deployment definition, and they use the endpoint identity to do so.',
                url: 'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth',
                seed: { file: '004_0187e83670ac0fb2.txt', quote: 'Independientemente de si la asignación de roles se realizó automáticamente o manualmente, la recuperación e inserción de secretos se desencadenará si ha asignado las variables de entorno con referencias secretas en la definición de implementación, y usará la identidad del punto de conexión para hacerlo.' },
            },
        ],
        why: 'The deployment fails to pull its image or download its model, and fails to start, after the endpoint was created.',
        fix: "Before creating the endpoint, grant its identity AcrPull on the workspace registry and Storage Blob Data Reader on the workspace storage account (and the Connection Secrets Reader role on the workspace when its deployments inject connection secrets or secret injection is enforced).",
        learn: [{ title: 'Access secrets from online deployment using secret injection', url: 'https://learn.microsoft.com/azure/machine-learning/how-to-deploy-online-endpoint-with-secret-injection' }],
        tags: ['reliability', 'identity', 'rbac'],
        formats: ['aml-yaml', 'bicep'],
        messages: {
            missing: "Online endpoint '{{endpoint}}' uses user-assigned identity '{{identity}}', which has no {{role}} on {{what}} '{{target}}'; grant it before deploying.",
            metrics: "Online endpoint '{{endpoint}}' identity '{{identity}}' has no AzureML Metrics Writer on workspace '{{target}}'; deployments cannot write metrics (optional).",
        },
        securitySeverity: 4.0,
    },
    requirements: (graph) => graph.of('onlineEndpoint').flatMap((e) => endpointNeeds(graph, e)),
    create(ctx) {
        return {
            onlineEndpoint(e) {
                for (const need of endpointNeeds(ctx.graph, e)) {
                    const { identity: uai, on: target } = need;
                    if (need.workspace.state !== 'found' || uai.state !== 'found' || target.state !== 'found' || need.held !== false)
                        continue;
                    const messageId = need.optional ? 'metrics' : 'missing';
                    ctx.report({
                        at: e.identity.decl,
                        messageId,
                        severity: need.optional ? 'note' : undefined,
                        data: { endpoint: (0,resource/* nameOf */.Vb)(e), identity: (0,model_graph/* targetName */.je)(uai), role: need.role, what: need.what, target: (0,model_graph/* targetName */.je)(target) },
                        related: [
                            { at: uai.resource.decl, message: `identity '${(0,model_graph/* targetName */.je)(uai)}'` },
                            { at: target.resource.decl, message: `${need.what} '${(0,model_graph/* targetName */.je)(target)}'` },
                            ...(need.because ?? []),
                        ],
                        fix: roleAssignmentFix(ctx, { principal: { resource: uai.resource, system: false }, scope: target.resource, roleName: need.role }),
                    });
                }
            },
        };
    },
}));
/**
 * What an online endpoint's (first) user-assigned identity needs: AcrPull on the workspace
 * registry, blob read on its storage, Metrics Writer (optional); the connection secrets reader role
 * on the workspace when secret injection is enforced or a deployment injects a connection secret;
 * Key Vault Secrets User on each vault a deployment injects a secret from.
 */
function endpointNeeds(graph, e) {
    const id = e.identity;
    if (!id || id.user !== true || id.userAssigned.length === 0)
        return [];
    const workspace = graph.workspaceOf(e);
    if (workspace.state !== 'found')
        return [];
    const identity = graph.resolve(id.userAssigned[0], e);
    const enforce = e.props.enforceAccessToDefaultSecretStores;
    const enforced = enforce?.t === 'str' && (0,model_value/* normEnum */.aR)(enforce.value) === 'enabled';
    // Secret injection: deployments whose environment variables reference workspace connections.
    const refs = endpointConnectionRefs(graph, e);
    const of = (prop) => graph.resolve(workspace.resource.props[prop], workspace.resource);
    const need = (requirement, what, on, optional, because) => roleNeed(graph, { subject: e, workspace, identity, role: requirement.label, requirement, on, what, optional, because });
    return [
        need(ACR_PULL, 'registry', of('containerRegistry')),
        need(BLOB_READ, 'storage account', of('storageAccount')),
        need(METRICS, 'workspace', workspace, true),
        ...(enforced || refs.length ? [need(CONNECTION_SECRETS, 'workspace', workspace, false, refs.map((r) => ({ at: r.value, message: `deployment '${(0,resource/* nameOf */.Vb)(r.deployment)}' injects a secret of connection '${r.connection}'` })))] : []),
        // Key Vault references: the endpoint identity reads the secret from the vault (never granted automatically).
        ...deploymentsOf(graph, e)
            .flatMap(keyVaultRefs)
            .map((ref) => need(KEY_VAULT_SECRET_READ, 'key vault', graph.find('Microsoft.KeyVault/vaults', ref.vault, e), false, [{ at: ref.value, message: `deployment '${(0,resource/* nameOf */.Vb)(ref.deployment)}' injects a secret of key vault '${ref.vault}'` }])),
    ];
}
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/src/model/aml/environment.js

/** The environment of an environment document. */
function envSpecOf(env) {
    const image = env.props.image;
    return { image: image?.t === 'str' ? image : undefined, built: isBuilt(env.props.build, env.props.condaFile), env };
}
/**
 * The environment a job, step or deployment names: inline (`environment: {image, conda_file}`) or
 * by reference (`azureml:<name>:<version>`, `azureml:<name>@latest`) to the one environment file
 * of that name in the repository. Versions in several files count only when their images agree.
 * Registry environments (`azureml://registries/…`) and curated ones are not in the repository.
 */
function environmentOf(graph, v) {
    if (!v)
        return undefined;
    if (v.t === 'obj') {
        const image = (0,model_value/* get */.Jt)(v, 'image');
        return { image: image?.t === 'str' ? image : undefined, built: isBuilt((0,model_value/* get */.Jt)(v, 'build'), (0,model_value/* get */.Jt)(v, 'conda_file')) };
    }
    if (v.t !== 'str')
        return undefined;
    const m = /^azureml:([\w.-]+?)(?:[:@][\w.-]+)?$/i.exec(v.value.trim());
    if (!m)
        return undefined;
    const specs = graph.withName('environment', m[1]).map(envSpecOf);
    if (!specs.length)
        return undefined;
    const images = new Set(specs.map((s) => s.image?.value));
    return images.size === 1 ? specs[0] : undefined;
}
function isBuilt(build, conda) {
    return (build !== undefined && build.t !== 'null') || (conda !== undefined && conda.t !== 'null');
}
/** The Azure Container Registry an image comes from (`acrml.azurecr.io/base:1` → `acrml`), if any. */
function acrOfImage(image) {
    return /^([a-z0-9]+)\.azurecr\.(?:io|cn|us)\//i.exec(image.trim())?.[1].toLowerCase();
}
//# sourceMappingURL=environment.js.map
;// CONCATENATED MODULE: ./lib/rules/environment-private-registry-build-uai/rule.js





/* harmony default export */ const environment_private_registry_build_uai_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'environment-private-registry-build-uai',
        severity: 'warning',
        summary: 'Azure ML builds an environment on a base image from a private registry, in a workspace whose identity is user-assigned only.',
        description: "When Azure ML builds an image for an environment (an `image:` with a `conda_file`, or a `build:` context) on a base image from an Azure Container Registry other than the workspace's own, the build connects to that private registry. A user-assigned managed identity cannot be used for that connection; only the registry's admin key is supported. The rule reports such environments (environment files, and inline environments of jobs and deployments) in a workspace whose identity is user-assigned only. Environments used as they are (an image without a conda file) are pulled by the compute, not built: see `environment-private-registry-pull`.",
        source: [
            {
                statement: 'Connecting to a private ACR with a user-assigned managed identity is not currently supported. The admin key is the only authentication type supported for a private ACR.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Actualmente no se admite la conexión a un ACR privado mediante la identidad administrada asignada por el usuario. La clave de administrador es el único tipo de autenticación compatible con ACR privado.' },
            },
        ],
        why: 'The environment build fails when it cannot pull its base image, and every job or deployment that needs the environment fails with it.',
        fix: "Put the base image in the workspace's own registry (which the workspace identity can use), give the workspace a system-assigned identity as well, or use the image as it is (no conda file) so the compute pulls it with its AcrPull role.",
        tags: ['reliability', 'identity', 'registry'],
        formats: ['aml-yaml', 'bicep', 'terraform', 'arm'],
        messages: {
            buildUai: "{{env}} is built on '{{image}}' from private registry '{{registry}}', but workspace '{{workspace}}' has user-assigned identity only, which cannot connect to a private registry for builds.",
        },
        securitySeverity: 3.0,
    },
    create(ctx) {
        return {
            environment(e) {
                rule_check(ctx, e, envSpecOf(e), `Environment '${(0,resource/* nameOf */.Vb)(e)}'`);
            },
            job(j) {
                if (!j.source)
                    return;
                const envs = [j.props.environment, ...(j.steps ?? []).map((s) => (0,model_value/* get */.Jt)(s.source, 'environment'))].filter((v) => v?.t === 'obj');
                for (const v of envs)
                    rule_check(ctx, j, environmentOf(ctx.graph, v), `The inline environment of job '${(0,resource/* nameOf */.Vb)(j)}'`);
            },
            onlineDeployment(d) {
                if (d.props.environment?.t === 'obj')
                    rule_check(ctx, d, environmentOf(ctx.graph, d.props.environment), `The inline environment of deployment '${(0,resource/* nameOf */.Vb)(d)}'`);
            },
        };
    },
}));
function rule_check(ctx, at, env, label) {
    if (!env?.built || !env.image)
        return;
    const registry = acrOfImage(env.image.value);
    if (!registry)
        return;
    const ws = ctx.graph.workspaceOf(at);
    if (ws.state !== 'found')
        return;
    const id = ws.resource.identity;
    if (!id || id.user !== true || id.system !== false)
        return;
    if (isWorkspaceRegistry(ctx.graph, ws.resource, registry) !== false)
        return;
    ctx.report({
        at: env.image,
        messageId: 'buildUai',
        data: { env: label, image: env.image.value, registry, workspace: (0,resource/* nameOf */.Vb)(ws.resource) },
        related: [{ at: id.decl, message: `identity of workspace '${(0,resource/* nameOf */.Vb)(ws.resource)}'` }],
    });
}
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/environment-private-registry-pull/rule.js








const ACR = 'Microsoft.ContainerRegistry/registries';
/* harmony default export */ const environment_private_registry_pull_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'environment-private-registry-pull',
        severity: 'error',
        summary: "A job or deployment runs an image from a private container registry its compute's (or endpoint's) identity cannot pull from.",
        description: "Azure ML grants AcrPull automatically only on the workspace's own container registry. When a job, a pipeline step or an online deployment uses an environment whose image comes from another Azure Container Registry (`<name>.azurecr.io/…` in the environment's `image:`, inline or in the environment file an `azureml:<env>:<version>` or `azureml:<env>@latest` reference names), the identity that pulls it needs **AcrPull** (or any role allowing `registries/pull/read`) on that registry: for a job, the compute's identity (its system-assigned one, or its first user-assigned one); for a deployment, its endpoint's identity (linked by `endpoint_name`). Reported when the registry, the compute or endpoint and its identity are declared in the repository and no assignment that could grant the pull exists.",
        source: [
            {
                statement: 'To let the compute cluster pull the base images, grant the managed service identity the ACRPull role on the private ACR instance.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Para permitir que el clúster de proceso extraiga las imágenes base, conceda el rol ACRPull de Managed Service Identity en la instancia de ACR privada.' },
            },
        ],
        why: 'The job or deployment is accepted and then fails at image pull (an authentication error from the registry), after the change was merged.',
        fix: "Grant the compute's (or endpoint's) identity AcrPull on the private registry: `az role assignment create --assignee-object-id <principalId> --role AcrPull --scope <registry id>`, or an IaC role assignment scoped to the registry.",
        tags: ['reliability', 'identity', 'rbac', 'registry'],
        formats: ['aml-yaml', 'bicep', 'terraform', 'arm', 'az-cli'],
        messages: {
            noPull: "{{what}} runs image '{{image}}' from registry '{{registry}}', which is not the workspace's, and the {{identity}} has no AcrPull there; the image pull will fail.",
        },
        securitySeverity: 4.0,
    },
    create(ctx) {
        return {
            job(j) {
                if (!j.source)
                    return;
                if (!j.steps?.length)
                    return environment_private_registry_pull_rule_check(ctx, j, `Job '${(0,resource/* nameOf */.Vb)(j)}'`, j.props.environment, runOn(ctx, j.props.compute));
                for (const s of j.steps)
                    environment_private_registry_pull_rule_check(ctx, j, `Step '${s.name}' of pipeline '${(0,resource/* nameOf */.Vb)(j)}'`, (0,model_value/* get */.Jt)(s.source, 'environment'), runOn(ctx, (0,model_value/* get */.Jt)(s.source, 'compute') ?? j.props.compute));
            },
            onlineDeployment(d) {
                const endpointName = (0,model_value/* str */.gx)(d.props.endpointName);
                const endpoint = endpointName ? named(ctx.graph, 'onlineEndpoint', endpointName) : undefined;
                if (!endpoint)
                    return;
                const who = endpointIdentity(ctx.graph, endpoint);
                if (who)
                    environment_private_registry_pull_rule_check(ctx, d, `Deployment '${(0,resource/* nameOf */.Vb)(d)}'`, d.props.environment, { who, host: endpoint });
            },
        };
    },
}));
/** The compute a job runs on, and its default identity. */
function runOn(ctx, ref) {
    const name = assetName(ref);
    const compute = name ? named(ctx.graph, 'compute', name) : undefined;
    const who = compute && computeIdentity(ctx.graph, compute);
    return compute && who ? { who, host: compute } : undefined;
}
function environment_private_registry_pull_rule_check(ctx, user, what, envRef, runAs) {
    if (!runAs || !envRef)
        return;
    const env = environmentOf(ctx.graph, envRef);
    const image = env?.image;
    const acrName = image && acrOfImage(image.value);
    if (!image || !acrName)
        return;
    const registry = ctx.graph.find(ACR, acrName, user);
    if (registry.state !== 'found')
        return;
    const ws = ctx.graph.workspaceOf(runAs.host);
    if (ws.state !== 'found' || isWorkspaceRegistry(ctx.graph, ws.resource, acrName) !== false)
        return;
    if (ctx.graph.hasRole(runAs.who.principal, ACR_PULL, registry) !== false)
        return;
    ctx.report({
        at: envRef.t === 'obj' ? image : envRef,
        messageId: 'noPull',
        data: { what, image: image.value, registry: (0,model_graph/* targetName */.je)(registry), identity: runAs.who.label },
        related: [
            { at: runAs.who.decl, message: runAs.who.label },
            { at: registry.resource.decl, message: `registry '${(0,model_graph/* targetName */.je)(registry)}'` },
            { at: runAs.host.decl, message: `${runAs.host.kind === 'compute' ? 'compute' : 'endpoint'} '${(0,resource/* nameOf */.Vb)(runAs.host)}'` },
            ...(envRef.t === 'obj' ? [] : [{ at: image, message: 'environment image' }]),
        ],
    });
}
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/internal-error/rule.js

/* harmony default export */ const internal_error_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'internal-error',
        severity: 'error',
        summary: 'A rule failed while checking a file; the other rules and files were still checked.',
        description: 'When a rule throws, amlguard reports one `internal-error` finding naming the rule and the file it was checking, and carries on with every other rule and file. This is a bug in amlguard or in a plugin rule: please report it with the file that triggers it.',
        source: [
            {
                statement: 'Azure Machine Learning is composed of multiple Azure services.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Azure Machine Learning se compone de varios servicios de Azure.' },
            },
        ],
        why: 'A silent crash would hide findings; reporting it keeps the run honest about what was and was not checked.',
        fix: 'Report the problem with the file that triggers it; meanwhile, switch the failing rule off for that path in the configuration.',
        tags: ['reliability'],
        formats: [],
        messages: {},
        securitySeverity: 1.0,
    },
}));
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/parse-error/rule.js

/* harmony default export */ const parse_error_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'parse-error',
        severity: 'error',
        summary: 'A file could not be parsed; the scan goes on with the other files.',
        description: 'A file that cannot be parsed is reported with the parser\'s location and reason, and every other file is still scanned. The finding is an **error** when the file is certainly in scope (YAML with an Azure ML `$schema`, `.bicep`, `.tf`, an ARM template) and a **note** for other YAML or JSON whose kind cannot be known, such as a template with unquoted `{{placeholders}}` or a CI file. Files over 5 MB, binary files and files that are not UTF-8 are reported as notes and skipped.',
        source: [
            {
                statement: 'Each resource is created from a YAML file given to the Azure ML CLI, for example: az ml compute create -f create-cluster.yml',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'az ml compute create -f create-cluster.yml' },
            },
        ],
        why: 'A file that cannot be parsed cannot be checked, and will usually fail in the CLI too; reporting it keeps the scan honest about its coverage.',
        fix: 'Fix the syntax at the reported position. For templates rendered before deployment (`{{MODEL_VERSION}}`), quote the placeholder (`"{{MODEL_VERSION}}"`) so the file is valid YAML, or exclude the file.',
        tags: ['reliability'],
        formats: ['aml-yaml'],
        messages: {},
        securitySeverity: 2.0,
    },
}));
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/pipeline-identity-placement/fix.js

function moveRootIdentity(j, src) {
    const id = j.identity;
    if (!id || !src || src.path !== j.file || id.decl.range.start.column !== 1)
        return undefined;
    const eol = (0,rule_edits/* eolOf */.Wl)(src);
    const first = id.decl.range.start.line;
    const last = blockEnd(src, first, 0);
    // The block as written, without a comment on its `identity:` line (markers, notes about the root).
    const block = Array.from({ length: last - first + 1 }, (_, k) => src.lines.lineText(first + k));
    block[0] = block[0].replace(/\s+#.*$/, '');
    const edits = [{ file: src.path, range: { start: { line: first, column: 1 }, end: { line: last + 1, column: 1 } }, replacement: '' }];
    for (const s of j.steps ?? []) {
        if (s.identity || s.type === 'pipeline' || s.nameLoc.file !== src.path)
            continue;
        const keyIndent = s.nameLoc.range.start.column - 1;
        const end = blockEnd(src, s.nameLoc.range.start.line, keyIndent);
        const child = end > s.nameLoc.range.start.line ? (0,rule_edits/* indentOf */._j)(src, end) : undefined;
        if (child === undefined || child.length <= keyIndent)
            return undefined; // a flow-style step: leave it to the author
        const text = src.lines.lineText(end);
        edits.push({ file: src.path, range: { start: { line: end, column: text.length + 1 }, end: { line: end, column: text.length + 1 } }, replacement: block.map((l) => eol + child + l).join('') });
    }
    if (edits.length === 1)
        return undefined; // no step to move it to
    return { description: 'Move the root identity onto each step that runs on a compute.', edits };
}
/** The last non-blank line of the block opened at `line` (lines indented deeper than `indent`). */
function blockEnd(src, line, indent) {
    let end = line;
    for (let l = line + 1; l <= src.lines.lineCount; l++) {
        const text = src.lines.lineText(l);
        if (!text.trim())
            continue;
        if ((0,rule_edits/* indentOf */._j)(src, l).length <= indent && !text.trim().startsWith('#'))
            break;
        if (!text.trim().startsWith('#') || (0,rule_edits/* indentOf */._j)(src, l).length > indent)
            end = l;
    }
    return end;
}
//# sourceMappingURL=fix.js.map
;// CONCATENATED MODULE: ./lib/rules/pipeline-identity-placement/rule.js



/* harmony default export */ const pipeline_identity_placement_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'pipeline-identity-placement',
        severity: 'warning',
        summary: 'A pipeline job sets its identity at the root instead of on each step.',
        description: 'Identity can be set on the root of a pipeline job and on its steps; the step setting wins when both are set. For pipelines that contain pipeline components, only the identity on the individual steps that run takes effect: the root or component-level identity does not work. This rule warns on a root identity, and reports an **error** for every pipeline-component step (`type: pipeline`) that has no identity of its own while the root sets one.',
        source: [
            {
                statement: 'For pipeline jobs, we recommend setting the user identity at the level of each step that runs on a compute, rather than at the root pipeline level.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Para los trabajos de canalización, se recomienda establecer la identidad de usuario en el nivel de paso individual que se ejecutará en un proceso, en lugar de en el nivel de canalización raíz.' },
            },
            {
                statement: 'However, for pipelines that contain pipeline components, the identity must be set on the individual steps that run. Identity set at the root pipeline or pipeline component level will not work.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Sin embargo, para las canalizaciones que contienen componentes de canalización, la identidad debe establecerse en los pasos individuales que se ejecutarán. La identidad establecida en el nivel de componente de canalización raíz o canalización no funcionará.' },
            },
        ],
        why: 'The job runs, but not with the identity you set: steps inside pipeline components fall back to the compute identity, so data access is not what was reviewed and may fail or be broader than intended.',
        fix: 'Move `identity:` from the pipeline root into each step under `jobs:` that runs on a compute (inside a pipeline component, onto its own steps).',
        tags: ['reliability', 'identity'],
        formats: ['aml-yaml'],
        messages: {
            rootIdentity: "Pipeline job '{{name}}' sets identity at the root; set it on each step under jobs: instead (step identity takes precedence, and root identity is ignored by pipeline components).",
            componentStep: "Step '{{step}}' is a pipeline component and has no identity of its own; the root identity does not reach its steps. Set identity on the steps inside the component.",
        },
        securitySeverity: 3.0,
    },
    create(ctx) {
        return {
            job(j) {
                if (j.subKind !== 'pipeline' || !j.identity)
                    return;
                const name = (0,resource/* nameOf */.Vb)(j);
                const componentSteps = (j.steps ?? []).filter((s) => s.type === 'pipeline' && !s.identity);
                if (componentSteps.length === 0) {
                    ctx.report({ at: j.identity.decl, messageId: 'rootIdentity', data: { name }, fix: moveRootIdentity(j, ctx.source(j.file)) });
                    return;
                }
                for (const s of componentSteps) {
                    ctx.report({ at: s.nameLoc, messageId: 'componentStep', severity: 'error', data: { step: s.name }, related: [{ at: j.identity.decl, message: 'root identity' }] });
                }
            },
        };
    },
}));
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/unused-suppression/rule.js

/** Reported by the engine after suppressions are applied (src/engine/filters/suppress.ts); no check of its own. */
/* harmony default export */ const unused_suppression_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'unused-suppression',
        severity: 'note',
        summary: 'An amlguard-disable directive suppresses nothing.',
        description: 'A `amlguard-disable-next-line`, `amlguard-disable-line` or `amlguard-disable-file` comment that no longer matches any finding is reported, so stale suppressions do not pile up and silently hide a future finding. Directives naming a rule that was switched off are not reported. Directives are written in the comments of the file\'s own format (`#` in YAML, HCL, shell and PowerShell; `//` and `/* */` in Bicep, ARM JSON and HCL); Terraform JSON (`*.tf.json`) has no comments, so no directive applies there: exclude findings in those files with `ignore:` in `.amlguard.yml` instead.',
        source: [
            {
                statement: 'This approach has the limitation that other workspace users with sufficient permissions can retrieve those credentials, which can be a security concern for some organizations.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Este enfoque tiene la limitación de que otros usuarios del área de trabajo con permisos suficientes puedan recuperar esas credenciales, lo que puede ser un problema de seguridad para alguna organización.' },
            },
        ],
        why: 'A directive left behind after the problem was fixed will silently suppress the next, different finding on that line.',
        fix: 'Delete the directive, or correct the rule id it names.',
        tags: ['maintainability'],
        formats: ['aml-yaml'],
        messages: {},
        securitySeverity: 1.0,
    },
}));
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/user-identity-cached-credentials/rule.js




/* harmony default export */ const user_identity_cached_credentials_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'user-identity-cached-credentials',
        severity: 'warning',
        summary: 'A job runs with user identity but reads a datastore that caches credentials, so the credentials are used instead.',
        description: "A job or pipeline step with `identity: type: user_identity` is meant to read data as the person who submits it. When an input or output points at a datastore of this repository (`azureml://datastores/<name>/…`, or the long form `azureml://subscriptions/…/workspaces/<ws>/datastores/<name>/…`) that has cached credentials (account key, SAS token, service principal secret), those credentials are used instead of the user's identity, so the access control you rely on does not apply. Root pipeline identity applies to steps that set none of their own.",
        source: [
            {
                statement: "If a datastore has cached credentials, such as the storage account key, those credentials are used instead of the user's identity.",
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Si un almacén de datos tiene credenciales almacenadas en caché, como la clave de la cuenta de almacenamiento, se usan esas credenciales en lugar de la identidad del usuario.' },
            },
        ],
        why: "Every submitter reads the data with the datastore's shared credentials: per-user storage permissions and their audit trail are bypassed silently.",
        fix: 'Make the datastore identity-based (remove its `credentials`) and grant users Storage Blob Data Reader on the storage, or drop `user_identity` from the job if the shared credentials are intended.',
        tags: ['security', 'data', 'identity'],
        formats: ['aml-yaml'],
        messages: {
            cached: "{{job}} runs with user identity but reads datastore '{{datastore}}', which caches {{what}}; those credentials are used instead of the user's identity.",
        },
        securitySeverity: 5.0,
    },
    create(ctx) {
        /** The datastore of that name (the last declared, when several are). */
        const datastore = (name) => ctx.graph.withName('datastore', name).at(-1);
        const check = (label, identity, source) => {
            if (identity?.jobKind !== 'useridentity')
                return;
            // A pipeline's steps are checked one by one, with their own identity.
            for (const uri of datastoreUris(source, ['jobs'])) {
                const { datastore: name, workspace } = parseDatastoreUri(uri.value);
                const ds = datastore(name);
                if (!ds)
                    continue;
                // The long form names the workspace: a datastore of another workspace is not this one.
                const ws = workspace ? ctx.graph.workspaceOf(ds) : undefined;
                if (ws?.state === 'found' && ws.resource.name?.t === 'str' && ws.resource.name.value.toLowerCase() !== workspace.toLowerCase())
                    continue;
                const kinds = credentialKinds(ds.props.credentials);
                if (!kinds.length)
                    continue;
                ctx.report({
                    at: uri,
                    messageId: 'cached',
                    data: { job: label, datastore: name, what: [...new Set(kinds.map((k) => k.label))].join(' and ') },
                    related: [{ at: kinds[0].keyLoc, message: `cached credential of datastore '${name}'` }],
                });
            }
        };
        return {
            job(j) {
                if (!j.source)
                    return;
                const jobLabel = `Job '${(0,resource/* nameOf */.Vb)(j)}'`;
                if (!j.steps?.length)
                    return check(jobLabel, j.identity, j.source);
                for (const s of j.steps)
                    check(`Step '${s.name}'`, s.identity ?? j.identity, s.source);
            },
        };
    },
}));
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/workspace-acr-autocreate/rule.js



/** How each format spells the registry setting, for the message. */
const FIELD = {
    'aml-yaml': 'container_registry',
    arm: 'properties.containerRegistry',
    bicep: 'properties.containerRegistry',
    terraform: 'container_registry_id',
    'az-cli': '--container-registry',
};
/* harmony default export */ const workspace_acr_autocreate_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'workspace-acr-autocreate',
        severity: 'warning',
        summary: 'A workspace names no container registry, so Azure ML creates one with the admin account enabled.',
        description: 'When a workspace is created without a container registry, Azure ML creates one the first time it needs to build an image, and that registry has its admin user enabled. Bring your own registry with the admin user disabled. Project workspaces under a hub (`hub_id`) use the hub\'s registry and are skipped; a YAML document with none of `location`, `storage_account`, `key_vault`, `application_insights` is read as an update and skipped.',
        source: [
            {
                statement: 'If you let Azure Machine Learning create the ACR automatically, the admin account will be enabled.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Si permite que Azure Machine Learning cree automáticamente ACR, se habilitará la cuenta de administrador.' },
            },
        ],
        why: 'A registry with its admin user enabled has a shared username and password that bypass Entra ID and RBAC; the auto-created one appears after the fact, outside your infrastructure code.',
        fix: 'Create an Azure Container Registry with the admin user disabled and reference it: `container_registry: /subscriptions/…/providers/Microsoft.ContainerRegistry/registries/<name>`.',
        tags: ['security', 'registry'],
        formats: ['aml-yaml', 'arm', 'bicep', 'terraform', 'az-cli'],
        messages: {
            noRegistry: "Workspace '{{name}}' names no container registry; Azure ML will create one with the admin user enabled. Set {{field}} to a registry you create with admin disabled.",
        },
        securitySeverity: 5.0,
    },
    create(ctx) {
        return {
            workspace(w) {
                if (!createsWithoutRegistry(w))
                    return;
                ctx.report({ at: (0,resource/* anchorOf */.dI)(w), messageId: 'noRegistry', data: { name: (0,resource/* nameOf */.Vb)(w), field: FIELD[w.format] } });
            },
        };
    },
}));
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/src/model/key-vault.js


/**
 * The vault's permission model. Written explicitly it is what it says; left out, it depends on
 * the API version (azure-facts.md §2.7): vaults created with 2026-02-01 or later default to RBAC,
 * earlier ones (and Terraform's older `enable_rbac_authorization`) to access policies.
 */
function kvPermissionModel(kv) {
    const flag = kv.props.enableRbacAuthorization;
    if (flag) {
        const t = (0,model_value/* truthOf */.D)(flag);
        return t === true ? 'rbac' : t === false ? 'policies' : 'unknown';
    }
    const api = kv.props.apiVersion;
    if (api?.t === 'str')
        return api.value.slice(0, 10) >= '2026-02-01' ? 'rbac' : 'policies';
    return kv.format === 'terraform' ? 'policies' : 'unknown';
}
/** Permissions lists that grant purge: any list (keys, secrets, certificates, storage) with `purge` or `all`. */
function grantsPurge(permissions) {
    if (!permissions)
        return false;
    if (permissions.t === 'unknown')
        return 'unknown';
    let result = false;
    const lists = permissions.t === 'obj' ? permissions.entries.map((e) => e.value) : [permissions];
    for (const list of lists) {
        if (list.t === 'unknown')
            result = 'unknown';
        if (list.t !== 'arr')
            continue;
        for (const item of list.items) {
            if (item.t === 'unknown')
                result = 'unknown';
            if (item.t === 'str' && /^(purge|all)$/i.test(item.value.trim()))
                return true;
        }
    }
    return result;
}
/**
 * Does an access policy of the vault give `who` some permissions including purge? Policies come
 * from the vault itself and from separate policy resources (ARM `vaults/accessPolicies`,
 * Terraform `azurerm_key_vault_access_policy`) attached to it.
 */
function accessPolicyWithPurge(graph, kv, who) {
    return accessPolicyGrants(graph, kv, who, grantsPurge);
}
/** Does an access policy give `who` every one of these key permissions (`all` grants them all)? */
function accessPolicyWithKeyPermissions(graph, kv, who, needed) {
    return accessPolicyGrants(graph, kv, who, (permissions) => {
        const keys = (0,model_value/* getCI */.th)(permissions, 'keys');
        if (!keys)
            return false;
        if (keys.t !== 'arr')
            return keys.t === 'unknown' ? 'unknown' : false;
        const held = new Set();
        let unknown = false;
        for (const item of keys.items) {
            if (item.t === 'str')
                held.add(item.value.trim().toLowerCase());
            else
                unknown = true;
        }
        if (held.has('all') || needed.every((n) => held.has(n.toLowerCase())))
            return true;
        return unknown ? 'unknown' : false;
    });
}
function accessPolicyGrants(graph, kv, who, test) {
    let result = policiesGrant(graph, kv, kv.props.accessPolicies, who, test);
    if (result === true)
        return true;
    for (const extra of graph.of('keyVaultAccessPolicy')) {
        const on = attachedTo(graph, extra, kv);
        if (on === false)
            continue;
        const r = policiesGrant(graph, kv, extra.props.accessPolicies, who, test);
        if (r === true && on === true)
            return true;
        if (r !== false)
            result = 'unknown';
    }
    return result;
}
function attachedTo(graph, policy, kv) {
    const vault = policy.props.keyVault ? graph.resolve(policy.props.keyVault, policy) : undefined;
    if (vault)
        return vault.state === 'found' ? vault.resource === kv || (vault.resource.file === kv.file && vault.resource.decl.range.start.line === kv.decl.range.start.line) : vault.state === 'unknown' ? 'unknown' : false;
    const full = policy.props.fullName;
    const kvName = kv.name?.t === 'str' ? kv.name.value.toLowerCase() : undefined;
    if (full?.t === 'str' && full.value.includes('/') && kvName)
        return full.value.split('/')[0].toLowerCase() === kvName;
    return 'unknown';
}
function policiesGrant(graph, kv, policies, who, test) {
    if (!policies)
        return false;
    if (policies.t === 'unknown')
        return 'unknown';
    if (policies.t !== 'arr')
        return 'unknown';
    let result = false;
    for (const p of policies.items) {
        if (p.t !== 'obj') {
            result = 'unknown';
            continue;
        }
        const principal = graph.principalOf((0,model_value/* getCI */.th)(p, 'objectId') ?? (0,model_value/* getCI */.th)(p, 'object_id'), kv);
        const same = (0,model_graph/* samePrincipal */.p1)(principal, who);
        if (same === false)
            continue;
        // ARM nests the lists under `permissions`; Terraform access_policy blocks have them flat.
        const granted = test((0,model_value/* getCI */.th)(p, 'permissions') ?? p);
        if (granted === false)
            continue;
        if (same === true && granted === true)
            return true;
        result = 'unknown';
    }
    return result;
}
//# sourceMappingURL=key-vault.js.map
;// CONCATENATED MODULE: ./lib/rules/workspace-cmk-identity-key-access/rule.js





const KV = 'Microsoft.KeyVault/vaults';
// What Key Vault Crypto Service Encryption User grants: read the key, wrap and unwrap with it.
const KEY_USE = (0,roles/* requireActions */.Pg)('Key Vault Crypto Service Encryption User', {
    dataActions: ['Microsoft.KeyVault/vaults/keys/read', 'Microsoft.KeyVault/vaults/keys/wrap/action', 'Microsoft.KeyVault/vaults/keys/unwrap/action'],
});
const POLICY_KEYS = ['get', 'wrapKey', 'unwrapKey'];
/* harmony default export */ const workspace_cmk_identity_key_access_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'workspace-cmk-identity-key-access',
        severity: 'error',
        summary: 'A workspace encrypted with a customer-managed key names a user-assigned identity for it that cannot use the key.',
        description: "A workspace with a customer-managed key can name the user-assigned identity that authenticates to Key Vault for it (`user_assigned_identity_for_cmk_encryption`; ARM and Bicep `properties.encryption.identity.userAssignedIdentity`; Terraform `encryption { user_assigned_identity_id }`; azapi bodies alike). That identity must be able to get the key and wrap and unwrap with it: on a vault using the RBAC permission model, a role with those key data actions (for example **Key Vault Crypto Service Encryption User**) on the vault; on a vault using access policies, a policy with the `get`, `wrapKey` and `unwrapKey` key permissions. The vault is the one the encryption block names (`keyVaultArmId`, `key_vault_id`, `key_vault`), else the one in the key's URL. Reported when the identity and the vault are declared in the repository and nothing there could grant the access; a role assigned on the key itself keeps the rule silent.",
        source: [
            {
                statement: 'In a workspace with customer-managed keys for encryption, you can pass a user-assigned managed identity to authenticate from storage to Key Vault.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'En un área de trabajo con claves administradas por el cliente para el cifrado, puede pasar una identidad administrada asignada por el usuario para autenticarse desde el almacenamiento en Key Vault.' },
            },
        ],
        learn: [{ title: 'Customer-managed keys for Azure Machine Learning', url: 'https://learn.microsoft.com/azure/machine-learning/concept-customer-managed-keys' }],
        why: 'Workspace creation fails, or the encrypted resources become unreadable when the key is next unwrapped, because the identity is refused by Key Vault.',
        fix: "Grant the identity the Key Vault Crypto Service Encryption User role on the vault (RBAC vaults), or an access policy with the `get`, `wrapKey` and `unwrapKey` key permissions (access-policy vaults), before the workspace is created.",
        tags: ['reliability', 'identity', 'encryption', 'rbac'],
        formats: ['aml-yaml', 'bicep', 'arm', 'terraform'],
        messages: {
            rbac: "Workspace '{{workspace}}' encrypts with a key in vault '{{vault}}' through identity '{{identity}}', which has no role allowing get, wrap and unwrap on that vault (such as Key Vault Crypto Service Encryption User).",
            policies: "Workspace '{{workspace}}' encrypts with a key in vault '{{vault}}' through identity '{{identity}}', which has no access policy with the get, wrapKey and unwrapKey key permissions there.",
            neither: "Workspace '{{workspace}}' encrypts with a key in vault '{{vault}}' through identity '{{identity}}', which has neither a role nor an access policy allowing get, wrap and unwrap there.",
        },
        securitySeverity: 5.0,
    },
    create(ctx) {
        return {
            workspace(w) {
                const enc = w.props.encryption;
                if (!enc || !w.props.encryptionIdentity)
                    return;
                const uai = ctx.graph.resolve(w.props.encryptionIdentity, w);
                if (uai.state !== 'found')
                    return;
                const vault = vaultOf(ctx.graph, w);
                if (vault.state !== 'found')
                    return;
                const who = (0,model_graph/* asPrincipal */.$v)(uai);
                if (roleOnAKey(ctx.graph, who))
                    return;
                const model = kvPermissionModel(vault.resource);
                const rbac = model === 'policies' ? false : ctx.graph.hasRole(who, KEY_USE, vault);
                const policy = model === 'rbac' ? false : accessPolicyWithKeyPermissions(ctx.graph, vault.resource, who, POLICY_KEYS);
                if (rbac !== false || policy !== false)
                    return;
                const messageId = model === 'unknown' ? 'neither' : model;
                ctx.report({
                    at: enc,
                    messageId,
                    data: { workspace: (0,resource/* nameOf */.Vb)(w), vault: (0,model_graph/* targetName */.je)(vault), identity: (0,model_graph/* targetName */.je)(uai) },
                    related: [
                        { at: uai.resource.decl, message: `identity '${(0,model_graph/* targetName */.je)(uai)}'` },
                        { at: vault.resource.decl, message: `key vault '${(0,model_graph/* targetName */.je)(vault)}'` },
                    ],
                });
            },
        };
    },
}));
/** The vault the encryption block names, else the one in the key URL (`https://<vault>.vault.azure.net/keys/…`). */
function vaultOf(graph, w) {
    const named = w.props.encryptionKeyVault;
    if (named && named.t !== 'null')
        return graph.resolve(named, w);
    const key = w.props.encryptionKeyId;
    const host = key?.t === 'str' ? /^https:\/\/([a-z0-9-]+)\.vault\./i.exec(key.value.trim())?.[1] : undefined;
    return host ? graph.find(KV, host, w) : { state: 'unknown', why: 'no key vault named' };
}
/** A role assigned on a key (not the vault) to this identity: the model does not follow keys, so it cannot be ruled out. */
function roleOnAKey(graph, who) {
    return graph.assignments.some((a) => {
        if (a.scope.kind !== 'resource' || (0,model_graph/* samePrincipal */.p1)(a.principal, who) === false)
            return false;
        const t = a.scope.target;
        return t.state === 'unknown' || (t.state === 'external' && /\/keys$/i.test(t.type ?? ''));
    });
}
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/src/model/match-workspaces.js

/**
 * The same workspace at two revisions, matched by name: whatever file or format declares it (a
 * renamed file, Bicep rewritten as Terraform). Azure names are case-insensitive. A name declared
 * more than once at either revision pairs only declarations in the same file, and otherwise not
 * at all: a guess could compare two different workspaces.
 */
function pairWorkspaces(base, head) {
    const baseByName = byName(base);
    const pairs = [];
    for (const [name, heads] of byName(head)) {
        const bases = baseByName.get(name);
        if (!bases)
            continue;
        if (bases.length === 1 && heads.length === 1)
            pairs.push([bases[0], heads[0]]);
        else
            for (const h of heads) {
                const same = bases.filter((b) => b.file === h.file);
                if (same.length === 1 && heads.filter((x) => x.file === h.file).length === 1)
                    pairs.push([same[0], h]);
            }
    }
    return pairs;
}
function byName(model) {
    const out = new Map();
    for (const r of model.resources) {
        if (r.kind !== 'workspace' || r.name?.t !== 'str' || (0,placeholder/* isPlaceholder */.w)(r.name.value))
            continue;
        const key = r.name.value.toLowerCase();
        out.set(key, [...(out.get(key) ?? []), r]);
    }
    return out;
}
//# sourceMappingURL=match-workspaces.js.map
;// CONCATENATED MODULE: ./lib/rules/workspace-identity-downgrade/rule.js



/* harmony default export */ const workspace_identity_downgrade_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'workspace-identity-downgrade',
        severity: 'error',
        summary: 'A pull request changes a workspace from user-assigned identity back to system-assigned only.',
        description: 'Pull-request mode only (`--base`, or the Action in a `pull_request` event). A workspace, matched by its name across files and formats (a renamed file, Bicep rewritten as Terraform), whose identity type was `system_assigned,user_assigned` or `user_assigned` at the base and is `system_assigned` at the head. Every spelling of the type is read the same (`SystemAssigned, UserAssigned`, `system_assigned,user_assigned`). Going from system-assigned to system- plus user-assigned is allowed and silent.',
        source: [
            {
                statement: 'Once a workspace is created with identity type SAI, it can be updated to SAI+UAI, but not back from SAI+UAI to SAI.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Una vez que se crea un área de trabajo con el tipo de identidad SAI, se puede actualizar a SAI+UAI, pero no volver de SAI+UAI a SAI.' },
            },
        ],
        why: 'Azure ML rejects the update, so the deployment fails after the pull request merged; where it does go through, the jobs and datastores that authenticated as the user-assigned identity lose access.',
        fix: 'Keep the user-assigned identities: leave the type at `system_assigned,user_assigned` (ARM and Bicep `SystemAssigned,UserAssigned`, Terraform `SystemAssigned, UserAssigned`) with the identities listed. To stop using one, remove it from the list instead of dropping the type.',
        tags: ['reliability', 'identity', 'pull-request'],
        formats: ['aml-yaml', 'arm', 'bicep', 'terraform'],
        messages: {
            downgrade: "Workspace '{{name}}' goes from identity type '{{from}}' at the base to '{{to}}'; a workspace cannot go back from user-assigned to system-assigned identity only. Keep its user-assigned identities.",
        },
        securitySeverity: 5.0,
    },
    diff(ctx) {
        for (const [base, head] of pairWorkspaces(ctx.base, ctx.head)) {
            const from = base.identity;
            const to = head.identity;
            if (from?.user !== true || to?.system !== true || to.user !== false)
                continue;
            ctx.report({ at: to.type ?? to.decl, messageId: 'downgrade', data: { name: (0,resource/* nameOf */.Vb)(head), from: typeText(from), to: typeText(to) } });
        }
    },
}));
function typeText(id) {
    return id.type?.t === 'str' ? id.type.value : id.system === true ? 'system_assigned,user_assigned' : 'user_assigned';
}
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/workspace-primary-uai/fix.js

function primaryFix(w, name, src) {
    const id = w.identity;
    if (!id || id.userAssigned.length !== 1 || !src || src.path !== w.file)
        return undefined;
    const only = id.userAssigned[0];
    if (only.loc.file !== w.file || only.loc.range.start.line !== only.loc.range.end.line)
        return undefined;
    const written = (0,rule_edits/* textAt */.$6)(src, only.loc);
    const line = id.decl.range.start.line;
    const edit = w.format === 'aml-yaml' ? yamlEdit(src, line, id.decl.range.start.column, written)
        : w.format === 'bicep' ? propertyEdit(src, line, /^\s*properties:\s*\{\s*$/, `primaryUserAssignedIdentity: ${written}`, '')
            : w.format === 'arm' ? propertyEdit(src, line, /^\s*"properties"\s*:\s*\{\s*$/, `"primaryUserAssignedIdentity": ${written}`, ',')
                : w.format === 'terraform' && !/"azapi_/.test(src.lines.lineText(w.decl.range.start.line)) ? terraformEdit(src, line, written)
                    : undefined;
    return edit ? { description: `Name the only user-assigned identity (${written}) as the primary identity of workspace '${name}'.`, edits: [edit] } : undefined;
}
/** AML YAML: a top-level `primary_user_assigned_identity:` line above `identity:`. */
function yamlEdit(src, line, column, written) {
    if (column !== 1)
        return undefined;
    return (0,rule_edits/* insertAt */.PT)(src.path, { line, column: 1 }, `primary_user_assigned_identity: ${written}${(0,rule_edits/* eolOf */.Wl)(src)}`);
}
/** Bicep/ARM: a first entry in the resource's `properties` object, a sibling of `identity`. */
function propertyEdit(src, identityLine, opener, entry, comma) {
    const indent = (0,rule_edits/* indentOf */._j)(src, identityLine);
    for (let l = identityLine + 1; l <= src.lines.lineCount; l++) {
        const text = src.lines.lineText(l);
        if (text.trim() && (0,rule_edits/* indentOf */._j)(src, l).length < indent.length)
            return undefined; // left the resource
        if ((0,rule_edits/* indentOf */._j)(src, l) === indent && opener.test(text)) {
            const next = src.lines.lineText(l + 1).trim();
            const sep = next.startsWith('}') ? '' : comma;
            return (0,rule_edits/* insertAt */.PT)(src.path, { line: l, column: text.length + 1 }, `${(0,rule_edits/* eolOf */.Wl)(src)}${indent}${(0,rule_edits/* indentUnit */.Xt)(src)}${entry}${sep}`);
        }
    }
    return undefined;
}
/** Terraform: its own attribute line (its own `fmt` alignment group) above the `identity` block. */
function terraformEdit(src, identityLine, written) {
    const eol = (0,rule_edits/* eolOf */.Wl)(src);
    const indent = (0,rule_edits/* indentOf */._j)(src, identityLine);
    const above = src.lines.lineText(identityLine - 1).trim();
    const lead = above === '' || above.endsWith('{') ? '' : eol;
    return (0,rule_edits/* insertAt */.PT)(src.path, { line: identityLine, column: 1 }, `${lead}${indent}primary_user_assigned_identity = ${written}${eol}${eol}`);
}
//# sourceMappingURL=fix.js.map
// EXTERNAL MODULE: ./lib/src/model/identity.js
var identity = __webpack_require__(4552);
;// CONCATENATED MODULE: ./lib/rules/workspace-primary-uai/rule.js





/* harmony default export */ const workspace_primary_uai_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'workspace-primary-uai',
        severity: 'error',
        summary: 'A workspace with only user-assigned identity names no primary identity, or a primary that is not attached.',
        description: 'A workspace that uses user-assigned identity only must say which one is the workspace identity with `primary_user_assigned_identity`, and that identity must be one of those listed in `identity.user_assigned_identities`. Resource IDs are compared case-insensitively. With `system_assigned,user_assigned` and no primary, the system-assigned identity stays the workspace identity, so the rule is silent.',
        source: [
            {
                statement: 'In the workspace YAML, primary_user_assigned_identity is one of the user-assigned identity resource IDs listed under identity.user_assigned_identities.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'primary_user_assigned_identity: <one of the UAI resource IDs in the above list>' },
            },
        ],
        why: 'The workspace create or update is rejected, or the workspace runs with an identity that does not hold the roles you granted to the one you meant.',
        fix: 'Add `primary_user_assigned_identity: <resource ID>` naming one of the identities under `identity.user_assigned_identities`, or add the primary to that list.',
        tags: ['reliability', 'identity'],
        formats: ['aml-yaml', 'arm', 'bicep', 'terraform'],
        messages: {
            missing: "Workspace '{{name}}' uses user-assigned identity only but sets no primary_user_assigned_identity; name one of its user-assigned identities as primary.",
            notListed: "Workspace '{{name}}' names primary identity '{{primary}}', which is not among its user_assigned_identities; list it there or pick a listed one.",
        },
        securitySeverity: 4.0,
    },
    create(ctx) {
        return {
            workspace(w) {
                const id = w.identity;
                if (!id || id.user !== true)
                    return;
                const name = (0,resource/* nameOf */.Vb)(w);
                const primary = w.props.primaryUserAssignedIdentity;
                if (!primary || primary.t === 'null') {
                    if (id.system === false)
                        ctx.report({ at: id.decl, messageId: 'missing', data: { name }, fix: primaryFix(w, name, ctx.source(w.file)) });
                    return;
                }
                if (primary.t !== 'str' || (0,placeholder/* isPlaceholder */.w)(primary.value))
                    return;
                const listed = [];
                for (const u of id.userAssigned) {
                    if (u.t !== 'str' || (0,placeholder/* isPlaceholder */.w)(u.value))
                        return; // cannot tell
                    listed.push(u.value);
                }
                if (listed.length === 0)
                    return;
                if (!listed.some((l) => (0,identity/* sameResourceId */.WL)(l, primary.value))) {
                    ctx.report({ at: primary, messageId: 'notListed', data: { name, primary: primary.value.split('/').pop() ?? primary.value }, related: [{ at: id.decl, message: 'identity block' }] });
                }
            },
        };
    },
}));
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/workspace-uai-removal/rule.js




/* harmony default export */ const workspace_uai_removal_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'workspace-uai-removal',
        severity: 'warning',
        summary: 'A pull request leaves out user-assigned identities a workspace had: they will be detached.',
        description: 'Pull-request mode only (`--base`, or the Action in a `pull_request` event). For a workspace matched by its name across files and formats, every user-assigned identity listed at the base and missing from the head list is named. Identities are compared by resource ID, case-insensitively, or by name or declaration when the ID is a reference (`uai.id`, `azurerm_user_assigned_identity.x.id`). Reordering the list is silent; an entry whose value cannot be known makes the rule silent for that workspace. A head that drops user-assigned identity altogether is `workspace-identity-downgrade`.',
        source: [
            {
                statement: 'To remove one or more existing UAIs, put the IDs of the UAIs to keep in the user_assigned_identities section; the other UAI IDs will be removed.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Para eliminar una o varias UAI existentes, puede colocar los id. de la UAI que deben conservarse en la sección user_assigned_identities, el resto de id. de UAI se eliminarán.' },
            },
        ],
        why: 'An update replaces the whole list: an identity left out is detached from the workspace, and whatever authenticated as it (jobs, datastores, the workspace itself if it was the primary) fails with authorization errors after deploy.',
        fix: 'List every identity the workspace keeps, including the ones already attached. If the removal is intended, make sure nothing still uses the identity (primary identity, compute, datastores), then suppress the finding with a reason.',
        tags: ['reliability', 'identity', 'pull-request'],
        formats: ['aml-yaml', 'arm', 'bicep', 'terraform'],
        messages: {
            removed: "Workspace '{{name}}' no longer lists user-assigned identity '{{identity}}', which it had at the base; the update will detach it. List it again to keep it.",
        },
        securitySeverity: 4.0,
    },
    diff(ctx) {
        for (const [base, head] of pairWorkspaces(ctx.base, ctx.head)) {
            if (base.identity?.user !== true || head.identity?.user !== true)
                continue;
            const before = known(base.identity.userAssigned.map(identity/* uaiRef */.ve));
            const after = known(head.identity.userAssigned.map(identity/* uaiRef */.ve));
            if (!before || !after)
                continue; // an entry we cannot read could be any identity
            for (const gone of before.filter((b) => !after.some((a) => (0,identity/* sameUai */.oh)(a, b)))) {
                ctx.report({ at: head.identity.decl, messageId: 'removed', data: { name: (0,resource/* nameOf */.Vb)(head), identity: gone.label } });
            }
        }
    },
}));
function known(refs) {
    return refs.every((r) => r !== undefined) ? refs : undefined;
}
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/workspace-uai-roles/rule.js







const CONTRIBUTOR = (0,roles/* requireRole */.cl)('Contributor');
const BLOB_CONTRIBUTOR = (0,roles/* requireRole */.cl)('Storage Blob Data Contributor');
// Key Vault Administrator's data-plane permissions; its control-plane reads are covered by Contributor.
const KV_ADMIN = (0,roles/* requireActions */.Pg)('Key Vault Administrator', { dataActions: ['Microsoft.KeyVault/vaults/*'] });
const LABEL = { workspace: 'workspace', storageAccount: 'storage account', keyVault: 'key vault', containerRegistry: 'container registry', applicationInsights: 'Application Insights' };
/* harmony default export */ const workspace_uai_roles_rule = ((0,contract/* defineRule */.Km)({
    meta: {
        id: 'workspace-uai-roles',
        severity: 'error',
        summary: "A workspace's primary user-assigned identity lacks a role the workspace needs on itself or its resources.",
        description: 'A workspace whose identity is user-assigned gets no automatic role assignments: its primary identity needs **Contributor** on the workspace, the storage account, the container registry and Application Insights; on the key vault, **Contributor** plus **Key Vault Administrator** when the vault uses the RBAC permission model, or **Contributor** plus an access policy that includes purge when it uses access policies. **Storage Blob Data Contributor** on the storage account is optional (it enables data preview in the studio) and is reported as a note. Role assignments are read from ARM, Bicep, Terraform and `az role assignment create`, across files; a role held at the resource group or subscription, or through Owner, counts. When an assignment might grant the role but its principal or scope cannot be resolved, nothing is reported. When the identity or the resource is not declared in the repository, a note says it cannot be verified (option `external`).',
        source: [
            {
                statement: 'The following Azure RBAC role assignments are required on the user-assigned managed identity for the Azure Machine Learning workspace to access data on the workspace-associated resources.',
                url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
                seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Las siguientes asignaciones de roles RBAC de Azure son necesarias en la identidad administrada asignada por el usuario para que el área de trabajo de Azure Machine Learning acceda a los datos de los recursos asociados al área de trabajo.' },
            },
        ],
        why: 'The workspace cannot reach its own storage, key vault or registry: creation or updates fail, jobs cannot mount data, and image builds fail, long after the pull request was merged.',
        fix: 'Add the missing role assignment for the identity\'s principal ID at the resource (or its resource group), e.g. Bicep `Microsoft.Authorization/roleAssignments` with `scope: storage` and `principalId: uai.properties.principalId`, Terraform `azurerm_role_assignment`, or `az role assignment create --assignee-object-id <principalId> --role Contributor --scope <id>`.',
        tags: ['reliability', 'identity', 'rbac'],
        formats: ['aml-yaml', 'arm', 'bicep', 'terraform', 'az-cli'],
        messages: {
            missing: "Workspace '{{workspace}}' uses user-assigned identity '{{identity}}', which has no {{role}} on {{what}} '{{target}}'; assign it, or the workspace cannot use the {{what}}.",
            optional: "Workspace identity '{{identity}}' has no Storage Blob Data Contributor on storage account '{{target}}'; data preview in the studio will not work (optional).",
            mayHold: "Cannot tell whether workspace '{{workspace}}' identity '{{identity}}' holds {{role}} on {{what}} '{{target}}': an assignment might grant it, but its principal or scope is not known statically.",
            cannotVerify: "Cannot verify the roles of workspace '{{workspace}}' identity '{{identity}}': {{why}} is not declared in this repository.",
        },
        options: {
            type: 'object',
            additionalProperties: false,
            properties: {
                external: { enum: ['note', 'off'], default: 'note', description: 'What to do when the identity or a resource is declared outside the repository.' },
                unknown: { enum: ['note', 'off'], default: 'off', description: 'What to do when an assignment might grant the role but its principal or scope cannot be resolved.' },
            },
        },
        securitySeverity: 5.0,
    },
    requirements: (graph) => graph.of('workspace').flatMap((w) => workspaceNeeds(graph, w)),
    create(ctx) {
        const external = ctx.options.external !== 'off';
        const noteUnknown = ctx.options.unknown === 'note';
        return {
            workspace(w) {
                const needs = workspaceNeeds(ctx.graph, w);
                const reportedExternal = new Set();
                for (const need of needs) {
                    const { identity: uai, on: target } = need;
                    if (uai.state === 'unknown')
                        return;
                    if (target.state === 'unknown')
                        continue;
                    const at = w.identity.decl;
                    const data = { workspace: (0,resource/* nameOf */.Vb)(w), identity: (0,model_graph/* targetName */.je)(uai), role: need.role, what: need.what, target: (0,model_graph/* targetName */.je)(target) };
                    const related = relatedOf(uai, target);
                    if (uai.state === 'external' || target.state === 'external') {
                        // An identity declared elsewhere makes every check unverifiable: say it once.
                        const key = uai.state === 'external' ? 'identity' : need.what;
                        if (external && !reportedExternal.has(key)) {
                            reportedExternal.add(key);
                            ctx.report({ at, messageId: 'cannotVerify', severity: 'note', data: { ...data, why: uai.state === 'external' ? `identity '${(0,model_graph/* targetName */.je)(uai)}'` : `${need.what} '${(0,model_graph/* targetName */.je)(target)}'` }, related });
                        }
                        continue;
                    }
                    if (need.held === 'unknown' && noteUnknown && !need.optional)
                        ctx.report({ at, messageId: 'mayHold', severity: 'note', data, related });
                    if (need.held !== false)
                        continue;
                    const fix = uai.state === 'found' && target.state === 'found' && need.requirement ? roleAssignmentFix(ctx, { principal: { resource: uai.resource, system: false }, scope: target.resource, roleName: need.role }) : undefined;
                    if (need.optional)
                        ctx.report({ at, messageId: 'optional', severity: 'note', data, related, fix });
                    else
                        ctx.report({ at, messageId: 'missing', data, related, fix });
                }
            },
        };
    },
}));
/**
 * What a workspace's primary user-assigned identity needs: Contributor on the workspace and each
 * associated resource, the key vault's data-plane access for its permission model, and (optional)
 * Storage Blob Data Contributor. A workspace without user-assigned identity needs nothing here.
 */
function workspaceNeeds(graph, w) {
    const id = w.identity;
    if (!id || id.user !== true)
        return [];
    const primary = w.props.primaryUserAssignedIdentity ?? (id.system === false && id.userAssigned.length === 1 ? id.userAssigned[0] : undefined);
    if (!primary || primary.t === 'null')
        return [];
    const identity = graph.resolve(primary, w);
    const workspace = { state: 'found', resource: w };
    const targetOf = (on) => (on === 'workspace' ? workspace : graph.resolve(w.props[on], w));
    const kv = targetOf('keyVault');
    const kvModel = kv.state === 'found' ? kvPermissionModel(kv.resource) : 'unknown';
    const need = (on, role, requirement, optional) => roleNeed(graph, { subject: w, workspace, identity, role, requirement, on: targetOf(on), what: LABEL[on], optional });
    return [
        need('workspace', 'Contributor', CONTRIBUTOR),
        need('storageAccount', 'Contributor', CONTRIBUTOR),
        need('storageAccount', 'Storage Blob Data Contributor', BLOB_CONTRIBUTOR, true),
        need('keyVault', 'Contributor', CONTRIBUTOR),
        ...(kvModel === 'rbac' ? [need('keyVault', 'Key Vault Administrator', KV_ADMIN)] : []),
        ...(kvModel === 'policies' ? [roleNeed(graph, { subject: w, workspace, identity, role: 'access policy including purge', on: kv, what: LABEL.keyVault }, (who, vault) => accessPolicyWithPurge(graph, vault, who))] : []),
        need('containerRegistry', 'Contributor', CONTRIBUTOR),
        need('applicationInsights', 'Contributor', CONTRIBUTOR),
    ];
}
function relatedOf(uai, target) {
    const out = [];
    if (uai.state === 'found')
        out.push({ at: uai.resource.decl, message: `identity '${(0,model_graph/* targetName */.je)(uai)}'` });
    if (target.state === 'found')
        out.push({ at: target.resource.decl, message: `${target.resource.kind} '${(0,model_graph/* targetName */.je)(target)}'` });
    return out;
}
//# sourceMappingURL=rule.js.map
;// CONCATENATED MODULE: ./lib/rules/index.js




























const acrAdminUser = (0,declarative/* compileDeclarative */.M)({
    "id": "acr-admin-user",
    "severity": "error",
    "summary": "A container registry has its admin user enabled.",
    "description": "The admin user of an Azure Container Registry is a single shared username and password with push and pull rights on every repository. Azure ML pulls images with managed identities (AcrPull), so the admin account is not needed. Read from ARM and Bicep `adminUserEnabled`, Terraform `admin_enabled` (also in `azapi_resource` bodies) and `az acr create/update --admin-enabled [true]`. A value that comes from a parameter without a default is unknown, and not reported.",
    "source": [
        {
            "statement": "When the ACR admin user is disabled, Azure Machine Learning uses a managed identity to build and pull Docker images.",
            "url": "https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication",
            "seed": {
                "file": "000_fc2e99b8b097ceee.txt",
                "quote": "Al deshabilitar el usuario administrador de ACR, Azure Machine Learning usa una identidad administrada para crear y extraer imágenes de Docker."
            }
        }
    ],
    "why": "Anyone holding the admin password can push images that your training and inference will run, and the credential bypasses Entra ID, RBAC and per-identity audit.",
    "fix": "Set `adminUserEnabled: false` (Terraform `admin_enabled = false`, or drop `--admin-enabled`), and grant the workspace, compute and endpoint identities **AcrPull** (push pipelines **AcrPush**) instead.",
    "tags": [
        "security",
        "registry"
    ],
    "formats": [
        "arm",
        "bicep",
        "terraform",
        "az-cli"
    ],
    "securitySeverity": 7.5,
    "select": {
        "kind": "containerRegistry"
    },
    "assert": {
        "properties": {
            "adminUserEnabled": {
                "not": {
                    "anyOf": [
                        {
                            "const": true
                        },
                        {
                            "type": "string",
                            "pattern": "^\\s*[Tt][Rr][Uu][Ee]\\s*$"
                        }
                    ]
                }
            }
        }
    },
    "autofix": {
        "description": "Disable the admin user of container registry '{{name}}': set {{path}} to {{to}}.",
        "set": {
            "adminUserEnabled": "false"
        }
    },
    "message": "Container registry '{{name}}' has its admin user enabled; disable it and pull with managed identities (AcrPull)."
}, () => validators/* declarativeValidators */.wv["acr-admin-user"]);
const endpointAadTokenKubernetes = (0,declarative/* compileDeclarative */.M)({
    "id": "endpoint-aad-token-kubernetes",
    "severity": "error",
    "summary": "A Kubernetes online endpoint uses Microsoft Entra token authentication (aad_token).",
    "description": "Microsoft Entra ID tokens (`auth_mode: aad_token`, ARM and Bicep `authMode: 'AADToken'`) authenticate callers of managed online endpoints only. A Kubernetes online endpoint accepts a key or an Azure ML token. An online endpoint is a Kubernetes one when its `$schema` says so or when it names a `compute` (managed endpoints have none).",
    "source": [
        {
            "statement": "Microsoft Entra ID authentication (aad_token) is supported only for managed online endpoints. For Kubernetes online endpoints you can use a key or an Azure Machine Learning token (aml_token).",
            "url": "https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth",
            "seed": {
                "file": "004_0187e83670ac0fb2.txt",
                "quote": "La autenticación de id. de Microsoft Entra (aad_token) se admite solo para los puntos de conexión en línea administrados. En el caso de los puntos de conexión en línea de Kubernetes, puede usar una clave o un token de Azure Machine Learning (aml_token)."
            }
        }
    ],
    "why": "The endpoint create fails, or clients that expect to call it with Entra tokens are rejected; the mistake shows only after deployment.",
    "fix": "Set `auth_mode: key` or `auth_mode: aml_token` on the Kubernetes endpoint, or deploy to a managed online endpoint if callers must use Entra tokens.",
    "tags": [
        "reliability",
        "authentication"
    ],
    "formats": [
        "aml-yaml",
        "arm",
        "bicep",
        "terraform"
    ],
    "securitySeverity": 4,
    "select": {
        "kind": "onlineEndpoint",
        "where": {
            "required": [
                "subKind"
            ],
            "properties": {
                "subKind": {
                    "const": "kubernetes"
                }
            }
        }
    },
    "assert": {
        "properties": {
            "authMode": {
                "not": {
                    "type": "string",
                    "pattern": "^\\s*[Aa][Aa][Dd][_-]?[Tt][Oo][Kk][Ee][Nn]\\s*$"
                }
            }
        }
    },
    "autofix": {
        "description": "Use the Azure ML token on Kubernetes online endpoint '{{name}}': set auth mode to '{{to}}' (or to key authentication: 'key' in YAML, 'Key' in ARM and Bicep).",
        "set": {
            "authMode": {
                "aml-yaml": "aml_token",
                "default": "AMLToken"
            }
        }
    },
    "message": "Kubernetes online endpoint '{{name}}' uses auth_mode '{{value}}'; Entra ID tokens work only on managed online endpoints. Use 'key' or 'aml_token'."
}, () => validators/* declarativeValidators */.wv["endpoint-aad-token-kubernetes"]);
const builtinRules = [
    acrAdminUser,
    rule,
    aml_yaml_schema_rule,
    compute_before_registry_rule,
    compute_identity_exclusive_rule,
    compute_uai_acr_pull_rule,
    datastore_credential_based_rule,
    datastore_cross_tenant_rule,
    datastore_identity_data_access_rule,
    datastore_identity_unsupported_rule,
    datastore_network_workspace_identity_rule,
    datastore_plaintext_secret_rule,
    endpointAadTokenKubernetes,
    endpoint_secret_store_access_rule,
    endpoint_uai_roles_rule,
    environment_private_registry_build_uai_rule,
    environment_private_registry_pull_rule,
    internal_error_rule,
    parse_error_rule,
    pipeline_identity_placement_rule,
    unused_suppression_rule,
    user_identity_cached_credentials_rule,
    workspace_acr_autocreate_rule,
    workspace_cmk_identity_key_access_rule,
    workspace_identity_downgrade_rule,
    workspace_primary_uai_rule,
    workspace_uai_removal_rule,
    workspace_uai_roles_rule,
];
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./lib/src/config/errors.js
var errors = __webpack_require__(8422);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/src/model/located.js
var located = __webpack_require__(7834);
// EXTERNAL MODULE: ./lib/src/parsers/yaml.js + 2 modules
var yaml = __webpack_require__(3809);
// EXTERNAL MODULE: ./lib/src/config/locate.js
var locate = __webpack_require__(3747);
;// CONCATENATED MODULE: ./lib/src/config/load.js









function emptyConfig() {
    return { rules: {}, ignore: [], workspaces: [], ruleDirs: [], plugins: [], ruleKeyLocs: {} };
}
/**
 * Finds and validates the configuration: `explicit` (from --config), else `.amlguard.yml` at the
 * scan root, else in the one folder given to scan (so `amlguard examples` uses examples/.amlguard.yml).
 */
function loadConfig(root, explicit, paths = []) {
    const path = (0,locate/* configFileFor */.k)(root, explicit, paths);
    if (!path)
        return emptyConfig();
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw new errors/* ConfigError */.xL(`configuration file not found: ${explicit ?? path}`);
    }
    const shownPath = (0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join('/') || path;
    const src = new located/* SourceFile */.s(shownPath.startsWith('..') ? path : shownPath, text);
    const parsed = (0,yaml/* parseYaml */.h)(src);
    if (parsed.error) {
        const pos = src.lines.position(parsed.error.start);
        throw new errors/* ConfigError */.xL(`${src.path}:${pos.line}:${pos.column}: cannot parse the configuration: ${parsed.error.message}`);
    }
    const root0 = parsed.docs[0]?.root;
    const data = root0 ? (0,model_value/* toPlain */.Ul)(root0) : {};
    if (data === null || data === undefined)
        return { ...emptyConfig(), file: path };
    if (!(0,validators/* config */.$W)(data))
        throw new errors/* ConfigError */.xL((0,errors/* explainAjvErrors */.An)(validators/* config */.$W.errors ?? [], root0, src, data).join('\n'));
    const d = data;
    const base = (0,external_node_path_.dirname)(path);
    // Globs in the file are relative to its folder; findings use paths relative to the scan root.
    const prefix = (0,external_node_path_.relative)(root, base).split(external_node_path_.sep).join('/');
    const rebase = (g) => (prefix && !prefix.startsWith('..') ? `${prefix}/${g.replace(/^\.\//, '')}` : g);
    const rules = {};
    const ruleKeyLocs = {};
    for (const [id, v] of Object.entries(d.rules ?? {})) {
        rules[id] = typeof v === 'string' ? { severity: v } : { ...v, ignore: v.ignore?.map(rebase) };
        const entry = root0?.t === 'obj' ? root0.entries.find((e) => e.key === 'rules')?.value : undefined;
        const key = entry?.t === 'obj' ? entry.entries.find((e) => e.key === id) : undefined;
        ruleKeyLocs[id] = key ? `${src.path}:${key.keyLoc.range.start.line}:${key.keyLoc.range.start.column}:` : `${src.path}:`;
    }
    return {
        file: path,
        rules,
        ignore: (d.ignore ?? []).map(rebase),
        tenantId: d.tenantId,
        allowEmpty: d.allowEmpty,
        maxLoopIterations: d.maxLoopIterations,
        workspaces: (d.workspaces ?? []).map((w) => ({ ...w, paths: w.paths.map(rebase) })),
        ruleDirs: (d.ruleDirs ?? []).map((p) => (0,external_node_path_.resolve)(base, p)),
        plugins: (d.plugins ?? []).map((p) => (p.startsWith('.') || (0,external_node_path_.isAbsolute)(p) ? (0,external_node_path_.resolve)(base, p) : p)),
        ruleKeyLocs,
        ...(d.limits ? { limits: d.limits } : {}),
    };
}
/** The engine's per-rule settings from the configuration. */
function ruleSettings(config) {
    const out = {};
    for (const [id, r] of Object.entries(config.rules))
        out[id] = { severity: r.severity, options: r.options };
    return out;
}
//# sourceMappingURL=load.js.map
// EXTERNAL MODULE: ./lib/src/engine/filters/baseline.js
var baseline = __webpack_require__(6278);
;// CONCATENATED MODULE: ./lib/src/app/setup.js







/** Configuration + rule set + baseline → the options of one lint run. Throws ConfigError on any mistake. */
async function prepareRun(o) {
    const config = loadConfig(o.root, o.configPath, o.configPaths ?? o.paths);
    const rules = await loadRules(config, o);
    await checkRuleConfig(config, rules);
    const ruleIgnores = {};
    for (const [id, r] of Object.entries(config.rules))
        if (r.ignore?.length)
            ruleIgnores[id] = r.ignore;
    const options = {
        root: o.root,
        paths: o.paths,
        include: o.include,
        exclude: [...(o.exclude ?? []), ...config.ignore],
        rules,
        ruleSettings: ruleSettings(config),
        ruleIgnores,
        tenantId: o.tenantId ?? config.tenantId,
        workspaces: config.workspaces,
        limits: config.limits,
        limitsSetBy: config.file && ((0,external_node_path_.relative)(o.root, config.file) || config.file),
        maxLoopIterations: config.maxLoopIterations,
        baseline: o.baselinePath ? (0,baseline/* readBaseline */.mF)((0,external_node_path_.resolve)(o.root, o.baselinePath)) : undefined,
        reportOnly: o.reportOnly,
        overlay: o.overlay,
    };
    return { options, config };
}
async function loadRules(config, o) {
    const rules = [...builtinRules];
    // Users' rules and plugins need the YAML rule loader and ajv: loaded only when configured.
    if (!config.ruleDirs.length && !o.ruleDirs?.length && !config.plugins.length)
        return rules;
    const { loadPlugins, loadRuleDir } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(856), __webpack_require__.e(874)]).then(__webpack_require__.bind(__webpack_require__, 4874));
    for (const dir of config.ruleDirs)
        rules.push(...loadRuleDir(dir, (0,external_node_path_.relative)(o.root, dir) || '.', ` (ruleDirs in ${(0,external_node_path_.relative)(o.root, config.file ?? '') || config.file})`));
    for (const dir of o.ruleDirs ?? [])
        rules.push(...loadRuleDir((0,external_node_path_.resolve)(o.root, dir), dir));
    rules.push(...(await loadPlugins(config.plugins, !!o.allowPlugins)));
    const seen = new Set();
    for (const r of rules) {
        if (seen.has(r.meta.id))
            throw new errors/* ConfigError */.xL(`two rules have the id '${r.meta.id}'; rule ids must be unique.`);
        seen.add(r.meta.id);
    }
    return rules;
}
/** Every configured rule must exist, and its options must match the rule's schema. */
async function checkRuleConfig(config, rules) {
    const byId = new Map(rules.map((r) => [r.meta.id, r]));
    const problems = [];
    for (const [id, setting] of Object.entries(config.rules)) {
        const where = config.ruleKeyLocs[id] ?? '';
        const rule = byId.get(id);
        if (!rule) {
            problems.push(`${where} rules.${id}: unknown rule; run amlguard --list-rules to see the rule ids.`.trim());
            continue;
        }
        if (!setting.options)
            continue;
        // Built-in rules' schemas are compiled ahead of time; a plugin's is compiled here.
        const validate = (builtinRules.includes(rule) ? validators/* ruleOptionValidators */.tc[id] : undefined) ?? (await compileSchema(rule.meta.options ?? contract/* NO_OPTIONS_SCHEMA */.vq));
        if (!validate(setting.options)) {
            for (const line of (0,errors/* explainAjvErrors */.An)(validate.errors ?? [], undefined, undefined, setting.options))
                problems.push(`${where} rules.${id}.options${line.startsWith('(top level)') ? line.slice(11) : '.' + line}`.trim());
        }
    }
    if (problems.length)
        throw new errors/* ConfigError */.xL(problems.join('\n'));
}
async function compileSchema(schema) {
    const { Ajv } = await __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 19));
    return new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
}
//# sourceMappingURL=setup.js.map
// EXTERNAL MODULE: ./lib/src/action/pull-request.js
var pull_request = __webpack_require__(1198);
;// CONCATENATED MODULE: ./lib/src/action/scan.js





/** Configuration, rules and readers (loaded only when there is something to read): lint, then the outputs. */
async function scan({ inputs, workspace, pr, targets }) {
    const { options, config } = await prepareRun({
        root: workspace,
        paths: targets.paths,
        include: targets.include,
        exclude: targets.exclude,
        reportOnly: targets.reportOnly,
        configPaths: targets.configPaths,
        configPath: inputs.config,
        allowPlugins: inputs.allowPlugins,
        tenantId: inputs.tenantId,
        baselinePath: inputs.baseline,
    });
    const run = pr
        ? await (await __webpack_require__.e(/* import() */ 307).then(__webpack_require__.bind(__webpack_require__, 7307))).lintAgainstBase(options, {
            ref: pr.baseSha,
            label: `the pull request's base ${pr.baseSha.slice(0, 12)}`,
            changedOnly: inputs.changedFilesOnly,
            // Renames and the changed-files filter come from the pull request itself when asked for.
            listChanges: inputs.changedFilesOnly ? (commit) => (0,pull_request/* pullRequestFiles */.sI)(workspace, inputs.githubToken, pr, commit, (m) => core/* notice */.lm(m, { title: 'amlguard' })) : undefined,
        })
        : { result: (0,lint/* lint */.u8)(options), change: undefined };
    const result = run.result;
    // only-new: annotations and fail-on consider the findings the pull request adds; SARIF and the summary keep all.
    const judged = pr && inputs.onlyNew ? (await __webpack_require__.e(/* import() */ 307).then(__webpack_require__.bind(__webpack_require__, 7307))).newOnly(result.findings) : result.findings;
    (0,empty_scan/* assertScanned */.j)(result.fileCount, { root: workspace, paths: [inputs.path], include: inputs.include, exclude: inputs.exclude }, targets, inputs.allowEmpty || !!config.allowEmpty);
    // The reporters, the job summary and the identity map are loaded once there is a result to report.
    const { writeOutputs } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(466)]).then(__webpack_require__.bind(__webpack_require__, 466));
    await writeOutputs({ inputs, workspace, options, result, change: run.change, judged });
}
//# sourceMappingURL=scan.js.map

/***/ }),

/***/ 6278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ newFindings),
/* harmony export */   mF: () => (/* binding */ readBaseline)
/* harmony export */ });
/* unused harmony export writeBaseline */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9025);
/* harmony import */ var _write_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9069);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8422);




/** Records the findings; `{ count }` when written, else why not (one line). */
function writeBaseline(path, findings) {
    const entries = findings.filter((f) => !f.suppression).map((f) => ({ ruleId: f.ruleId, file: f.loc.file, fingerprint: f.fingerprint }));
    const data = { tool: 'amlguard', version: 1, findings: entries };
    return writeOutputFile(path, JSON.stringify(data, null, 2) + '\n') ?? { count: entries.length };
}
function readBaseline(path) {
    let data;
    try {
        data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`cannot read the baseline ${path}: ${e.message}`);
    }
    if (!isBaseline(data))
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${path} is not an amlguard baseline: ${baselineProblem(data)} (expected {"tool": "amlguard", "version": 1, "findings": [{"ruleId", "file", "fingerprint"}, …]}).`);
    return new Set(data.findings.map((f) => f.fingerprint));
}
function validate(data) {
    (0,_generated_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .baseline */ ._Z)(data);
    return _generated_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .baseline */ ._Z;
}
function isBaseline(data) {
    return validate(data).errors == null;
}
function baselineProblem(data) {
    const err = validate(data).errors?.[0];
    if (!err)
        return 'invalid';
    const where = err.instancePath ? err.instancePath.replace(/^\//, '').replace(/\//g, '.') : 'the top level';
    return `${where} ${err.message ?? 'is invalid'}`;
}
/** Only the findings that are not in the baseline. */
function newFindings(findings, baseline) {
    return findings.filter((f) => !baseline.has(f.fingerprint));
}
//# sourceMappingURL=baseline.js.map

/***/ }),

/***/ 5397:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q_: () => (/* binding */ DEFAULT_MAX_FILE),
  u8: () => (/* binding */ lint),
  wR: () => (/* binding */ ruleEnabled)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/engine/files/disk.js
var disk = __webpack_require__(1292);
// EXTERNAL MODULE: ./lib/src/model/located.js
var located = __webpack_require__(7834);
// EXTERNAL MODULE: ./lib/src/model/graph.js + 2 modules
var model_graph = __webpack_require__(5541);
// EXTERNAL MODULE: ./lib/src/engine/discover.js + 2 modules
var discover = __webpack_require__(4944);
// EXTERNAL MODULE: ./lib/src/engine/finding.js
var finding = __webpack_require__(8316);
// EXTERNAL MODULE: ./lib/src/engine/filters/baseline.js
var baseline = __webpack_require__(6278);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./lib/src/engine/filters/ignore.js

/** Drops the findings of a rule in files matching that rule's `ignore` globs (configuration). */
function dropIgnored(findings, ignores) {
    if (!ignores)
        return findings;
    const matchers = new Map(Object.entries(ignores).map(([id, globs]) => [id, globs.map((g) => new esm/* Minimatch */.VR(g, { dot: true, matchBase: !g.includes('/') }))]));
    return findings.filter((f) => !matchers.get(f.ruleId)?.some((m) => m.match(f.loc.file)));
}
//# sourceMappingURL=ignore.js.map
;// CONCATENATED MODULE: ./lib/src/engine/filters/report-only.js
/**
 * Keeps the findings on the given files (root-relative paths). The whole repository was read, so
 * cross-file rules saw their context; the report is about these files only (single-file
 * arguments, pre-commit, stdin).
 */
function onlyOnFiles(findings, files) {
    if (!files)
        return findings;
    const keep = new Set(files);
    return findings.filter((f) => keep.has(f.loc.file));
}
//# sourceMappingURL=report-only.js.map
// EXTERNAL MODULE: ./lib/src/engine/read-context.js
var read_context = __webpack_require__(9647);
// EXTERNAL MODULE: ./lib/src/engine/parallel/read-one.js
var read_one = __webpack_require__(9364);
// EXTERNAL MODULE: ./lib/src/engine/parallel/pool.js
var parallel_pool = __webpack_require__(5951);
// EXTERNAL MODULE: ./lib/src/engine/parallel/compact-locations.js
var compact_locations = __webpack_require__(5869);
// EXTERNAL MODULE: ./lib/src/formats/registry.js + 60 modules
var registry = __webpack_require__(4630);
;// CONCATENATED MODULE: ./lib/src/engine/filters/suppress.js

const suppress_escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/**
 * `amlguard-disable-next-line <id>[, <id>] -- reason`, `amlguard-disable-line …`,
 * `amlguard-disable-file …`, inside one of the file format's comments.
 */
function directivePattern(comments) {
    return new RegExp(`(${comments.map((c) => suppress_escape(c.open)).join('|')})\\s*amlguard-disable-(next-line|line|file)\\b(.*)$`);
}
/** The directives of one file, written in its format's `comments`; files without the word are skipped by a cheap check. */
function parseDirectives(src, comments) {
    if (!comments.length || !src.text.includes('amlguard-disable'))
        return [];
    const pattern = directivePattern(comments);
    const out = [];
    for (let line = 1; line <= src.lines.lineCount; line++) {
        const text = src.lines.lineText(line);
        const m = pattern.exec(text);
        if (!m)
            continue;
        let rest = m[3];
        const close = comments.find((c) => c.open === m[1])?.close;
        if (close)
            rest = rest.slice(0, rest.includes(close) ? rest.indexOf(close) : undefined);
        const [idsPart, ...why] = rest.split(/\s--\s?/);
        const ids = idsPart
            .split(/[\s,]+/)
            .map((s) => s.trim())
            .filter(Boolean);
        const col = m.index + 1;
        out.push({
            kind: m[2],
            ids,
            justification: why.join(' -- ').trim(),
            loc: { file: src.path, range: { start: { line, column: col }, end: { line, column: text.length + 1 } } },
        });
    }
    return out;
}
function covers(d, f) {
    if (d.loc.file !== f.loc.file)
        return false;
    if (d.ids.length && !d.ids.includes(f.ruleId))
        return false;
    const line = f.loc.range.start.line;
    if (d.kind === 'file')
        return true;
    if (d.kind === 'line')
        return line === d.loc.range.start.line;
    return line === d.loc.range.start.line + 1;
}
/**
 * Marks findings covered by a directive as suppressed (they stay for SARIF) and reports the
 * directives that suppressed nothing as `unused-suppression` notes, unless a rule they name did
 * not run (switched off), in which case nothing can be concluded.
 */
function applySuppressions(findings, sources, commentsOf, ran, reportUnused) {
    const unused = [];
    for (const src of sources) {
        for (const d of parseDirectives(src, commentsOf(src.path))) {
            let used = false;
            for (const f of findings) {
                if (f.ruleId === 'parse-error' || !covers(d, f))
                    continue;
                f.suppression = { justification: d.justification };
                used = true;
            }
            if (!used && reportUnused && d.ids.every(ran) && d.ids.length > 0) {
                const message = `amlguard-disable-${d.kind} ${d.ids.join(', ')} suppresses nothing; remove it.`;
                unused.push({ ruleId: 'unused-suppression', severity: 'note', message, loc: d.loc, related: [], fingerprint: (0,finding/* fingerprint */.Rj)('unused-suppression', d.loc.file, src.lines.lineText(d.loc.range.start.line), 0) });
            }
        }
    }
    return unused;
}
//# sourceMappingURL=suppress.js.map
// EXTERNAL MODULE: ./lib/src/rule/contract.js
var contract = __webpack_require__(3115);
// EXTERNAL MODULE: ./lib/src/model/redact.js
var redact = __webpack_require__(4335);
// EXTERNAL MODULE: ./lib/src/model/eval-budget.js
var eval_budget = __webpack_require__(3804);
// EXTERNAL MODULE: ./lib/src/model/append.js
var append = __webpack_require__(4178);
;// CONCATENATED MODULE: ./lib/src/engine/lint.js



















const DEFAULT_MAX_FILE = 5 * 1024 * 1024;
/** The whole run: discover → read → model → rules → sorted, fingerprinted findings. */
function lint(opts) {
    const source = opts.source ?? (0,disk/* diskSource */.j)(opts.root);
    const files = (0,discover/* discover */.k)(opts, source);
    const sources = new Map();
    for (const [rel, text] of Object.entries(opts.overlay ?? {})) {
        sources.set(rel, new located/* SourceFile */.s(rel, text));
        if (!files.some((f) => f.rel === rel))
            files.push({ abs: (0,external_node_path_.resolve)(opts.root, rel), rel, size: Buffer.byteLength(text) });
    }
    const pending = [];
    const resources = [];
    const metaById = new Map(opts.rules.map((r) => [r.meta.id, r.meta]));
    const enabled = (id) => ruleEnabled(opts, id);
    const severityOf = (id, fallback) => {
        const s = settingOf(opts, id).severity;
        return s && s !== 'off' ? s : fallback;
    };
    const parseMeta = metaById.get('parse-error');
    const maxFileSize = opts.maxFileSize ?? DEFAULT_MAX_FILE;
    const budget = new eval_budget/* EvalBudget */.A6(opts.limits, setByOf(opts));
    const secrets = new Set();
    const parseFinding = (fallback, message, loc) => {
        if (parseMeta && enabled('parse-error'))
            pending.push({ ruleId: 'parse-error', severity: severityOf('parse-error', fallback), message, loc: loc(), related: [] });
    };
    /** A file that could not be read or parsed, located by offsets in it. */
    const problem = (rel, message, certain, start = 0, end = 0, src) => parseFinding(certain ? 'error' : 'note', message, () => (src ?? new located/* SourceFile */.s(rel, '')).loc(start, end));
    const { outcomes, inWorkers } = readAll(files, opts, source, sources, { maxFileSize, budget });
    files.forEach((f, i) => {
        if (f.skip)
            return problem(f.rel, `File skipped: ${f.skip}.`, false);
        if (f.size > maxFileSize)
            return problem(f.rel, `File skipped: it is ${sizeText(f.size)}, over the ${sizeText(maxFileSize)} limit.`, false);
        const out = outcomes[i];
        const src = sources.get(f.rel);
        if (!out || out.unread !== undefined || !src)
            return problem(f.rel, `File skipped: ${out?.unread ?? 'it cannot be read'}.`, false);
        if (out.thrown)
            problem(f.rel, `Could not read the file: ${out.thrown}`, false, 0, 0, src);
        const read = out.read;
        if (!read)
            return;
        if (read.parseError) {
            const pe = read.parseError;
            problem(f.rel, `Cannot parse this file: ${pe.message}`, pe.certain, pe.start, pe.end, src);
        }
        for (const n of read.notes ?? [])
            parseFinding('note', n.message, () => n.loc);
        const crossing = out.crossing;
        if (crossing) {
            // Located on the file read; a limit crossed inside a module it calls also names that place.
            const here = crossing.loc.file === f.rel;
            const where = here ? '' : ` (reached in ${crossing.loc.file}:${crossing.loc.range.start.line})`;
            parseFinding('warning', `Partly evaluated: ${crossing.message}${where}; values past it are read as unknown.`, () => (here ? crossing.loc : src.loc(0, 0)));
        }
        (0,append/* appendAll */.u)(resources, read.resources);
    });
    const model = { resources };
    let graph;
    const graphOf = () => (graph ??= new model_graph/* Graph */.TS(model, opts.workspaces));
    for (const rule of opts.rules) {
        if (!rule.create || !enabled(rule.meta.id))
            continue;
        runRule(rule, opts, model, graphOf, pending, severityOf(rule.meta.id, rule.meta.severity), secrets, (file) => sources.get(file));
    }
    if (opts.baseModel) {
        for (const rule of opts.rules) {
            if (rule.diff && enabled(rule.meta.id))
                runDiffRule(rule, opts, opts.baseModel, model, pending, severityOf(rule.meta.id, rule.meta.severity), secrets);
        }
    }
    // Messages quote names and values from the files: mask located secrets and secret-shaped text.
    for (const p of pending) {
        p.message = (0,redact/* maskSecretShapes */.Fr)(p.message, secrets);
        for (const r of p.related)
            r.message = (0,redact/* maskSecretShapes */.Fr)(r.message, secrets);
        if (p.fix)
            p.fix = { ...p.fix, description: (0,redact/* maskSecretShapes */.Fr)(p.fix.description, secrets) };
    }
    let findings = dropIgnored(finalize(pending, sources, opts.fingerprintPath), opts.ruleIgnores);
    // A diff rule runs only with a base: without one, a directive naming it is not "unused".
    const ran = new Set(opts.rules.filter((r) => r.create || !r.diff || opts.baseModel).map((r) => r.meta.id));
    const unused = applySuppressions(findings, sources.values(), registry/* commentsFor */.Um, (id) => ran.has(id) && enabled(id), enabled('unused-suppression') && metaById.has('unused-suppression'));
    findings = [...findings, ...unused.map((f) => ({ ...f, severity: severityOf('unused-suppression', 'note') }))].sort(finding/* compareFindings */.Eg);
    for (const f of findings)
        if (f.suppression)
            f.suppression.justification = (0,redact/* maskSecretShapes */.Fr)(f.suppression.justification, secrets);
    findings = onlyOnFiles(findings, opts.reportOnly);
    if (opts.baseline)
        findings = (0,baseline/* newFindings */.FN)(findings, opts.baseline);
    const fileCount = opts.reportOnly ? files.filter((f) => opts.reportOnly.includes(f.rel)).length : files.length;
    return { findings, model, fileCount, rules: opts.rules.map((r) => r.meta), secrets: [...secrets], reads: { files: outcomes.filter(Boolean).length, inWorkers }, graph: graphOf };
}
/** Whether a run's options leave a rule on: named by `only` (when given) and not set to `off`. */
function ruleEnabled(opts, id) {
    return (!opts.only || opts.only.includes(id)) && settingOf(opts, id).severity !== 'off';
}
function settingOf(opts, id) {
    const s = opts.ruleSettings?.[id];
    if (!s)
        return {};
    return typeof s === 'string' ? { severity: s } : s;
}
/**
 * Every readable file's outcome, by discovery index. Files that read alone go to read workers
 * when the run has them (a working tree, no stdin overlay); the main thread reads the others
 * meanwhile, then helps with what is left, so the result is the same as reading them in order.
 */
function readAll(files, opts, source, sources, { maxFileSize, budget }) {
    // The read context (parsed modules, evaluated instances) lives only here: the rules and
    // reporters of a large repository run without it.
    const ctx = (0,read_context/* readContext */.yI)((0,external_node_path_.resolve)(opts.root), sources, source, { files: files.map((f) => f.rel), maxLoopIterations: opts.maxLoopIterations, budget });
    const outcomes = new Array(files.length);
    const readable = files.flatMap((f, i) => (f.skip || f.size > maxFileSize ? [] : [i]));
    const alone = opts.source || opts.overlay ? [] : readable.filter((i) => (0,registry/* readsAlone */.np)(files[i].rel));
    // Outcomes from workers are adopted as they are taken, so their serialized copies never pile up.
    const names = new Map(files.map((f) => [f.rel, f.rel]));
    const adopt = ({ index, outcome, extras, locs }) => {
        const rel = files[alone[index]].rel;
        (0,compact_locations/* unpackLocations */.$)(outcome, locs, names);
        outcomes[alone[index]] = outcome;
        if (outcome.text !== undefined && !sources.has(rel))
            sources.set(rel, new located/* SourceFile */.s(rel, outcome.text));
        for (const [path, text] of extras)
            if (!sources.has(path))
                sources.set(path, new located/* SourceFile */.s(path, text));
    };
    const pool = alone.length
        ? (0,parallel_pool/* startReadPool */.rZ)({ root: (0,external_node_path_.resolve)(opts.root), rels: alone.map((i) => files[i].rel), allFiles: ctx.files, limits: opts.limits, setBy: setByOf(opts), maxLoopIterations: opts.maxLoopIterations }, { entry: opts.readWorker, workers: opts.readWorkers, workersOnly: opts.readInWorkersOnly }, adopt)
        : undefined;
    const pooled = new Set(pool ? alone : []);
    for (const i of readable) {
        if (pooled.has(i))
            continue;
        outcomes[i] = (0,read_one/* readOne */.J)(files[i].rel, ctx);
        pool?.drain();
    }
    if (!pool)
        return { outcomes, inWorkers: 0 };
    if (pool.mainClaims) {
        for (let k = pool.claim(); k !== undefined; k = pool.claim()) {
            outcomes[alone[k]] = (0,read_one/* readOne */.J)(files[alone[k]].rel, ctx);
            pool.drain();
        }
    }
    const inWorkers = pool.finish();
    // A worker that failed left its claims unread: read them here.
    for (const i of alone)
        if (!outcomes[i])
            outcomes[i] = (0,read_one/* readOne */.J)(files[i].rel, ctx);
    return { outcomes, inWorkers };
}
function setByOf(opts) {
    const out = {};
    for (const k of Object.keys(opts.limits ?? {}))
        out[k] = opts.limitsSetBy ?? 'the caller';
    return out;
}
function sizeText(bytes) {
    return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
/** The `report` a rule calls: resolves its message and severity and queues the finding (a reported secret's value is kept for masking). */
function reporter(rule, severity, pending, secrets, visiting) {
    return (r) => {
        if (r.secret && !(0,contract/* isLoc */.Xb)(r.at) && r.at.t === 'str')
            secrets.add(r.at.value);
        const template = rule.meta.messages[r.messageId];
        if (template === undefined)
            throw new Error(`rule ${rule.meta.id} reported unknown messageId '${r.messageId}'`);
        pending.push({
            ruleId: rule.meta.id,
            severity: r.severity && r.severity !== rule.meta.severity && severity === rule.meta.severity ? r.severity : severity,
            message: (0,contract/* interpolate */.GW)(template, r.data),
            loc: (0,contract/* locOf */.ym)(r.at),
            related: withCallSites((r.related ?? []).map((x) => ({ loc: (0,contract/* locOf */.ym)(x.at), message: x.message })), visiting?.()),
            secret: r.secret,
            ...(r.fix ? { fix: r.fix } : {}),
        });
    };
}
/** A finding about a module instance also names the module calls that made it: the fix may go there. */
function withCallSites(related, res) {
    if (!res?.calledFrom)
        return related;
    const extra = res.calledFrom.filter((c) => !related.some((r) => r.loc.file === c.loc.file && r.loc.range.start.line === c.loc.range.start.line));
    return [...related, ...extra];
}
const NO_LOC = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
/** A rule that throws becomes one internal-error finding; every other rule still runs. */
function internalError(pending, id, e, file) {
    pending.push({ ruleId: 'internal-error', severity: 'error', message: `Rule ${id} failed${file ? ` on ${file}` : ''}: ${e.message}`, loc: { file: file ?? '.', range: NO_LOC }, related: [] });
}
function optionsOf(rule, opts) {
    return { ...defaultsOf(rule.meta.options), ...(settingOf(opts, rule.meta.id).options ?? {}) };
}
function runRule(rule, opts, model, graphOf, pending, severity, secrets, source) {
    let current;
    try {
        const visitors = rule.create({
            options: optionsOf(rule, opts),
            model,
            get graph() {
                return graphOf();
            },
            settings: { tenantId: opts.tenantId },
            source,
            report: reporter(rule, severity, pending, secrets, () => current),
        });
        for (const res of model.resources) {
            const visit = visitors[res.kind];
            if (!visit)
                continue;
            current = res;
            visit(res);
        }
        current = undefined;
        visitors.onModelEnd?.();
    }
    catch (e) {
        internalError(pending, rule.meta.id, e, current?.file);
    }
}
function runDiffRule(rule, opts, base, head, pending, severity, secrets) {
    try {
        rule.diff({ options: optionsOf(rule, opts), base, head, settings: { tenantId: opts.tenantId }, report: reporter(rule, severity, pending, secrets) });
    }
    catch (e) {
        internalError(pending, rule.meta.id, e);
    }
}
function defaultsOf(schema) {
    const props = (schema?.properties ?? {});
    const out = {};
    for (const [k, v] of Object.entries(props))
        if (v.default !== undefined)
            out[k] = v.default;
    return out;
}
/** Dedupe, sort and fingerprint. */
function finalize(pending, sources, fingerprintPath = (f) => f) {
    const seen = new Set();
    const unique = pending.filter((p) => {
        const key = `${p.ruleId}|${p.loc.file}|${p.loc.range.start.line}|${p.loc.range.start.column}|${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    const findings = unique.map((p) => ({ ...p, fingerprint: '' }));
    findings.sort(finding/* compareFindings */.Eg);
    const occurrences = new Map();
    for (const f of findings) {
        const anchor = f.secret ? f.message : (sources.get(f.loc.file)?.lines.lineText(f.loc.range.start.line) ?? '') + '\0' + f.message;
        const key = `${f.ruleId}|${f.loc.file}|${anchor}`;
        const n = occurrences.get(key) ?? 0;
        occurrences.set(key, n + 1);
        f.fingerprint = (0,finding/* fingerprint */.Rj)(f.ruleId, fingerprintPath(f.loc.file), anchor, n);
    }
    return findings;
}
//# sourceMappingURL=lint.js.map

/***/ }),

/***/ 9069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ writeOutputFile),
/* harmony export */   b: () => (/* binding */ writeProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** Why a file could not be written, in one line (no stack). */
function writeProblem(e) {
    const code = e.code;
    switch (code) {
        case 'EISDIR':
            return 'it is a folder';
        case 'ENOTDIR':
        case 'EEXIST':
            return 'a part of its path is a file, not a folder';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EROFS':
            return 'the file system is read-only';
        case 'ENOSPC':
            return 'no space left on the device';
        default:
            // Library errors without a code (the job summary's) carry a one-line message; never a stack.
            return code ?? (e instanceof Error ? e.message.split('\n')[0].slice(0, 300) : 'write failed');
    }
}
const WRITE_SLICE = 1 << 20;
const isHighSurrogate = (c) => c >= 0xd800 && c <= 0xdbff;
/** Writes a report file, creating missing folders; undefined when written, else why not (one line). */
function writeOutputFile(path, text) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'w');
        try {
            // In slices: a report of a large repository is tens of megabytes, and encoding it whole
            // would hold a second copy of it in memory.
            for (let i = 0; i < text.length;) {
                let end = Math.min(i + WRITE_SLICE, text.length);
                // Never between the two halves of a surrogate pair: each half alone would be written as U+FFFD.
                if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1)))
                    end--;
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, text.slice(i, end));
                i = end;
            }
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        return undefined;
    }
    catch (e) {
        return writeProblem(e);
    }
}
//# sourceMappingURL=write-file.js.map

/***/ }),

/***/ 9025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   AG: () => (/* binding */ amlJobIdentity),
/* harmony export */   F$: () => (/* binding */ amlResourceIdentity),
/* harmony export */   R6: () => (/* binding */ declarativeRule),
/* harmony export */   _Z: () => (/* binding */ baseline),
/* harmony export */   gp: () => (/* binding */ amlAuthMode),
/* harmony export */   tc: () => (/* binding */ ruleOptionValidators),
/* harmony export */   wv: () => (/* binding */ declarativeValidators)
/* harmony export */ });
/* unused harmony exports raw_config, raw_baseline, raw_declarativeRule, raw_amlResourceIdentity, raw_amlJobIdentity, raw_amlAuthMode, raw_optionsAcrAdminUser, raw_optionsWorkspaceUaiRoles, raw_assertAcrAdminUser, raw_assertEndpointAadTokenKubernetes, raw_whereEndpointAadTokenKubernetes, optionsAcrAdminUser, optionsAksAttachManagedIdentity, optionsAmlYamlSchema, optionsComputeBeforeRegistry, optionsComputeIdentityExclusive, optionsComputeUaiAcrPull, optionsDatastoreCredentialBased, optionsDatastoreCrossTenant, optionsDatastoreIdentityDataAccess, optionsDatastoreIdentityUnsupported, optionsDatastoreNetworkWorkspaceIdentity, optionsDatastorePlaintextSecret, optionsEndpointAadTokenKubernetes, optionsEndpointSecretStoreAccess, optionsEndpointUaiRoles, optionsEnvironmentPrivateRegistryBuildUai, optionsEnvironmentPrivateRegistryPull, optionsInternalError, optionsParseError, optionsPipelineIdentityPlacement, optionsUnusedSuppression, optionsUserIdentityCachedCredentials, optionsWorkspaceAcrAutocreate, optionsWorkspaceCmkIdentityKeyAccess, optionsWorkspaceIdentityDowngrade, optionsWorkspacePrimaryUai, optionsWorkspaceUaiRemoval, optionsWorkspaceUaiRoles, assertAcrAdminUser, assertEndpointAadTokenKubernetes, whereEndpointAadTokenKubernetes */
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6214);

"use strict";
const raw_config = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/amlguard/amlguard/blob/main/schema/amlguard.schema.json", "title": "amlguard configuration (.amlguard.yml)", "type": "object", "additionalProperties": false, "properties": { "rules": { "description": "Per-rule severity, or off, or {severity, options, ignore}.", "type": "object", "additionalProperties": { "anyOf": [{ "enum": ["off", "note", "warning", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "error"] }, "options": { "type": "object" }, "ignore": { "type": "array", "items": { "type": "string" } } } }] } }, "ignore": { "description": "Globs of files to skip entirely (repo-relative, minimatch).", "type": "array", "items": { "type": "string" } }, "allowEmpty": { "description": "Accept a run that scans no file (by default it is an error, exit code 2).", "type": "boolean" }, "tenantId": { "description": "The Entra tenant (GUID) of the workspaces, for cross-tenant datastore checks.", "type": "string" }, "workspaces": { "description": "Which workspace the AML YAML under these paths deploys to.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["paths", "name"], "properties": { "paths": { "type": "array", "items": { "type": "string" } }, "name": { "type": "string" } } } }, "ruleDirs": { "description": "Folders of declarative rules (YAML), relative to the configuration file.", "type": "array", "items": { "type": "string" } }, "plugins": { "description": "JavaScript modules exporting code rules; loaded only with --allow-plugins or the allow-plugins input.", "type": "array", "items": { "type": "string" } }, "limits": { "description": "Evaluation limits per file read (ARM, Bicep, Terraform, with the modules the file calls). Past a limit, values are read as unknown and the file gets one parse-error warning.", "type": "object", "additionalProperties": false, "properties": { "evalSteps": { "description": "Expressions evaluated per file read. Default 1000000.", "type": "integer", "minimum": 1 }, "valueSize": { "description": "Size of any computed string (characters), array or object (elements, counted through nesting). Default 1000000.", "type": "integer", "minimum": 1 }, "moduleInstances": { "description": "Module instances (Bicep module, Terraform module calls) evaluated per file read. Default 1000.", "type": "integer", "minimum": 1 }, "secondsPerFile": { "description": "Seconds of evaluation per file read. Default 10.", "type": "number", "exclusiveMinimum": 0 } } }, "maxLoopIterations": { "description": "Iterations read per loop (Bicep for, ARM copy, Terraform count/for_each); a longer loop is read as unknown, with a note. Default 1000.", "type": "integer", "minimum": 1 } } };
const func2 = Object.prototype.hasOwnProperty;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/amlguard/amlguard/blob/main/schema/amlguard.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema11.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.rules !== undefined) {
        let data0 = data.rules;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
                let data1 = data0[key1];
                const _errs6 = errors;
                let valid2 = false;
                const _errs7 = errors;
                if (!((((data1 === "off") || (data1 === "note")) || (data1 === "warning")) || (data1 === "error"))) {
                    const err1 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.additionalProperties.anyOf[0].enum, parentSchema: schema11.properties.rules.additionalProperties.anyOf[0], data: data1 };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
                var _valid0 = _errs7 === errors;
                valid2 = valid2 || _valid0;
                if (!valid2) {
                    const _errs8 = errors;
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                        for (const key2 in data1) {
                            if (!(((key2 === "severity") || (key2 === "options")) || (key2 === "ignore"))) {
                                const err2 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1], data: data1 };
                                if (vErrors === null) {
                                    vErrors = [err2];
                                }
                                else {
                                    vErrors.push(err2);
                                }
                                errors++;
                            }
                        }
                        if (data1.severity !== undefined) {
                            let data2 = data1.severity;
                            if (!((((data2 === "off") || (data2 === "note")) || (data2 === "warning")) || (data2 === "error"))) {
                                const err3 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/rules/additionalProperties/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.additionalProperties.anyOf[1].properties.severity.enum, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1].properties.severity, data: data2 };
                                if (vErrors === null) {
                                    vErrors = [err3];
                                }
                                else {
                                    vErrors.push(err3);
                                }
                                errors++;
                            }
                        }
                        if (data1.options !== undefined) {
                            let data3 = data1.options;
                            if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
                                const err4 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/options", schemaPath: "#/properties/rules/additionalProperties/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.additionalProperties.anyOf[1].properties.options.type, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1].properties.options, data: data3 };
                                if (vErrors === null) {
                                    vErrors = [err4];
                                }
                                else {
                                    vErrors.push(err4);
                                }
                                errors++;
                            }
                        }
                        if (data1.ignore !== undefined) {
                            let data4 = data1.ignore;
                            if (Array.isArray(data4)) {
                                const len0 = data4.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data5 = data4[i0];
                                    if (typeof data5 !== "string") {
                                        const err5 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/ignore/" + i0, schemaPath: "#/properties/rules/additionalProperties/anyOf/1/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.additionalProperties.anyOf[1].properties.ignore.items.type, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1].properties.ignore.items, data: data5 };
                                        if (vErrors === null) {
                                            vErrors = [err5];
                                        }
                                        else {
                                            vErrors.push(err5);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err6 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/ignore", schemaPath: "#/properties/rules/additionalProperties/anyOf/1/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.additionalProperties.anyOf[1].properties.ignore.type, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1].properties.ignore, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err7 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.additionalProperties.anyOf[1].type, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1], data: data1 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    var _valid0 = _errs8 === errors;
                    valid2 = valid2 || _valid0;
                }
                if (!valid2) {
                    const err8 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.rules.additionalProperties.anyOf, parentSchema: schema11.properties.rules.additionalProperties, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                else {
                    errors = _errs6;
                    if (vErrors !== null) {
                        if (_errs6) {
                            vErrors.length = _errs6;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data0 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.ignore !== undefined) {
        let data6 = data.ignore;
        if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data7 = data6[i1];
                if (typeof data7 !== "string") {
                    const err10 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignore.items.type, parentSchema: schema11.properties.ignore.items, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ignore.type, parentSchema: schema11.properties.ignore, data: data6 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.allowEmpty !== undefined) {
        let data8 = data.allowEmpty;
        if (typeof data8 !== "boolean") {
            const err12 = { instancePath: instancePath + "/allowEmpty", schemaPath: "#/properties/allowEmpty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.allowEmpty.type, parentSchema: schema11.properties.allowEmpty, data: data8 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.tenantId !== undefined) {
        let data9 = data.tenantId;
        if (typeof data9 !== "string") {
            const err13 = { instancePath: instancePath + "/tenantId", schemaPath: "#/properties/tenantId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tenantId.type, parentSchema: schema11.properties.tenantId, data: data9 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.workspaces !== undefined) {
        let data10 = data.workspaces;
        if (Array.isArray(data10)) {
            const len2 = data10.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data11 = data10[i2];
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    if (data11.paths === undefined) {
                        const err14 = { instancePath: instancePath + "/workspaces/" + i2, schemaPath: "#/properties/workspaces/items/required", keyword: "required", params: { missingProperty: "paths" }, message: "must have required property '" + "paths" + "'", schema: schema11.properties.workspaces.items.required, parentSchema: schema11.properties.workspaces.items, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    if (data11.name === undefined) {
                        const err15 = { instancePath: instancePath + "/workspaces/" + i2, schemaPath: "#/properties/workspaces/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.workspaces.items.required, parentSchema: schema11.properties.workspaces.items, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    for (const key3 in data11) {
                        if (!((key3 === "paths") || (key3 === "name"))) {
                            const err16 = { instancePath: instancePath + "/workspaces/" + i2, schemaPath: "#/properties/workspaces/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.workspaces.items, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    if (data11.paths !== undefined) {
                        let data12 = data11.paths;
                        if (Array.isArray(data12)) {
                            const len3 = data12.length;
                            for (let i3 = 0; i3 < len3; i3++) {
                                let data13 = data12[i3];
                                if (typeof data13 !== "string") {
                                    const err17 = { instancePath: instancePath + "/workspaces/" + i2 + "/paths/" + i3, schemaPath: "#/properties/workspaces/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.workspaces.items.properties.paths.items.type, parentSchema: schema11.properties.workspaces.items.properties.paths.items, data: data13 };
                                    if (vErrors === null) {
                                        vErrors = [err17];
                                    }
                                    else {
                                        vErrors.push(err17);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err18 = { instancePath: instancePath + "/workspaces/" + i2 + "/paths", schemaPath: "#/properties/workspaces/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.workspaces.items.properties.paths.type, parentSchema: schema11.properties.workspaces.items.properties.paths, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    if (data11.name !== undefined) {
                        let data14 = data11.name;
                        if (typeof data14 !== "string") {
                            const err19 = { instancePath: instancePath + "/workspaces/" + i2 + "/name", schemaPath: "#/properties/workspaces/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.workspaces.items.properties.name.type, parentSchema: schema11.properties.workspaces.items.properties.name, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err20 = { instancePath: instancePath + "/workspaces/" + i2, schemaPath: "#/properties/workspaces/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.workspaces.items.type, parentSchema: schema11.properties.workspaces.items, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
        }
        else {
            const err21 = { instancePath: instancePath + "/workspaces", schemaPath: "#/properties/workspaces/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.workspaces.type, parentSchema: schema11.properties.workspaces, data: data10 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.ruleDirs !== undefined) {
        let data15 = data.ruleDirs;
        if (Array.isArray(data15)) {
            const len4 = data15.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data16 = data15[i4];
                if (typeof data16 !== "string") {
                    const err22 = { instancePath: instancePath + "/ruleDirs/" + i4, schemaPath: "#/properties/ruleDirs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ruleDirs.items.type, parentSchema: schema11.properties.ruleDirs.items, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
        }
        else {
            const err23 = { instancePath: instancePath + "/ruleDirs", schemaPath: "#/properties/ruleDirs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ruleDirs.type, parentSchema: schema11.properties.ruleDirs, data: data15 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
    if (data.plugins !== undefined) {
        let data17 = data.plugins;
        if (Array.isArray(data17)) {
            const len5 = data17.length;
            for (let i5 = 0; i5 < len5; i5++) {
                let data18 = data17[i5];
                if (typeof data18 !== "string") {
                    const err24 = { instancePath: instancePath + "/plugins/" + i5, schemaPath: "#/properties/plugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.plugins.items.type, parentSchema: schema11.properties.plugins.items, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
        }
        else {
            const err25 = { instancePath: instancePath + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.plugins.type, parentSchema: schema11.properties.plugins, data: data17 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    if (data.limits !== undefined) {
        let data19 = data.limits;
        if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            for (const key4 in data19) {
                if (!((((key4 === "evalSteps") || (key4 === "valueSize")) || (key4 === "moduleInstances")) || (key4 === "secondsPerFile"))) {
                    const err26 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.limits, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            if (data19.evalSteps !== undefined) {
                let data20 = data19.evalSteps;
                if (!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))) {
                    const err27 = { instancePath: instancePath + "/limits/evalSteps", schemaPath: "#/properties/limits/properties/evalSteps/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.limits.properties.evalSteps.type, parentSchema: schema11.properties.limits.properties.evalSteps, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
                if (typeof data20 == "number") {
                    if (data20 < 1 || isNaN(data20)) {
                        const err28 = { instancePath: instancePath + "/limits/evalSteps", schemaPath: "#/properties/limits/properties/evalSteps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.limits.properties.evalSteps, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
            }
            if (data19.valueSize !== undefined) {
                let data21 = data19.valueSize;
                if (!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) {
                    const err29 = { instancePath: instancePath + "/limits/valueSize", schemaPath: "#/properties/limits/properties/valueSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.limits.properties.valueSize.type, parentSchema: schema11.properties.limits.properties.valueSize, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
                if (typeof data21 == "number") {
                    if (data21 < 1 || isNaN(data21)) {
                        const err30 = { instancePath: instancePath + "/limits/valueSize", schemaPath: "#/properties/limits/properties/valueSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.limits.properties.valueSize, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                }
            }
            if (data19.moduleInstances !== undefined) {
                let data22 = data19.moduleInstances;
                if (!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) {
                    const err31 = { instancePath: instancePath + "/limits/moduleInstances", schemaPath: "#/properties/limits/properties/moduleInstances/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.limits.properties.moduleInstances.type, parentSchema: schema11.properties.limits.properties.moduleInstances, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
                if (typeof data22 == "number") {
                    if (data22 < 1 || isNaN(data22)) {
                        const err32 = { instancePath: instancePath + "/limits/moduleInstances", schemaPath: "#/properties/limits/properties/moduleInstances/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.limits.properties.moduleInstances, data: data22 };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                }
            }
            if (data19.secondsPerFile !== undefined) {
                let data23 = data19.secondsPerFile;
                if (typeof data23 == "number") {
                    if (data23 <= 0 || isNaN(data23)) {
                        const err33 = { instancePath: instancePath + "/limits/secondsPerFile", schemaPath: "#/properties/limits/properties/secondsPerFile/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.limits.properties.secondsPerFile, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
                else {
                    const err34 = { instancePath: instancePath + "/limits/secondsPerFile", schemaPath: "#/properties/limits/properties/secondsPerFile/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.limits.properties.secondsPerFile.type, parentSchema: schema11.properties.limits.properties.secondsPerFile, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
        }
        else {
            const err35 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.limits.type, parentSchema: schema11.properties.limits, data: data19 };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
    }
    if (data.maxLoopIterations !== undefined) {
        let data24 = data.maxLoopIterations;
        if (!((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24)))) {
            const err36 = { instancePath: instancePath + "/maxLoopIterations", schemaPath: "#/properties/maxLoopIterations/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.maxLoopIterations.type, parentSchema: schema11.properties.maxLoopIterations, data: data24 };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
        if (typeof data24 == "number") {
            if (data24 < 1 || isNaN(data24)) {
                const err37 = { instancePath: instancePath + "/maxLoopIterations", schemaPath: "#/properties/maxLoopIterations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.maxLoopIterations, data: data24 };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
        }
    }
}
else {
    const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err38];
    }
    else {
        vErrors.push(err38);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }
const raw_baseline = validate11;
const schema12 = { "type": "object", "required": ["tool", "findings"], "properties": { "tool": { "const": "amlguard" }, "version": { "const": 1 }, "findings": { "type": "array", "items": { "type": "object", "required": ["fingerprint"], "properties": { "ruleId": { "type": "string" }, "file": { "type": "string" }, "fingerprint": { "type": "string" } } } } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tool === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property '" + "tool" + "'", schema: schema12.required, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.findings === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property '" + "findings" + "'", schema: schema12.required, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.tool !== undefined) {
        let data0 = data.tool;
        if ("amlguard" !== data0) {
            const err2 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/const", keyword: "const", params: { allowedValue: "amlguard" }, message: "must be equal to constant", schema: "amlguard", parentSchema: schema12.properties.tool, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data1 = data.version;
        if (1 !== data1) {
            const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema12.properties.version, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.findings !== undefined) {
        let data2 = data.findings;
        if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data3 = data2[i0];
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    if (data3.fingerprint === undefined) {
                        const err4 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property '" + "fingerprint" + "'", schema: schema12.properties.findings.items.required, parentSchema: schema12.properties.findings.items, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                    if (data3.ruleId !== undefined) {
                        let data4 = data3.ruleId;
                        if (typeof data4 !== "string") {
                            const err5 = { instancePath: instancePath + "/findings/" + i0 + "/ruleId", schemaPath: "#/properties/findings/items/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.findings.items.properties.ruleId.type, parentSchema: schema12.properties.findings.items.properties.ruleId, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    if (data3.file !== undefined) {
                        let data5 = data3.file;
                        if (typeof data5 !== "string") {
                            const err6 = { instancePath: instancePath + "/findings/" + i0 + "/file", schemaPath: "#/properties/findings/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.findings.items.properties.file.type, parentSchema: schema12.properties.findings.items.properties.file, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                    }
                    if (data3.fingerprint !== undefined) {
                        let data6 = data3.fingerprint;
                        if (typeof data6 !== "string") {
                            const err7 = { instancePath: instancePath + "/findings/" + i0 + "/fingerprint", schemaPath: "#/properties/findings/items/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.findings.items.properties.fingerprint.type, parentSchema: schema12.properties.findings.items.properties.fingerprint, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err8 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.findings.items.type, parentSchema: schema12.properties.findings.items, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.findings.type, parentSchema: schema12.properties.findings, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
}
else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err10];
    }
    else {
        vErrors.push(err10);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
const raw_declarativeRule = validate12;
const schema13 = { "type": "object", "additionalProperties": false, "required": ["id", "severity", "summary", "select", "assert", "message"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "severity": { "enum": ["error", "warning", "note"] }, "summary": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "why": { "type": "string" }, "fix": { "type": "string" }, "help": { "type": "string" }, "tags": { "type": "array", "items": { "type": "string" } }, "formats": { "type": "array", "items": { "enum": ["aml-yaml", "arm", "bicep", "terraform", "az-cli"] } }, "securitySeverity": { "type": "number", "minimum": 0, "maximum": 10 }, "source": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["statement", "url"], "properties": { "statement": { "type": "string", "minLength": 1 }, "url": { "type": "string", "pattern": "^https://" }, "seed": { "type": "object", "additionalProperties": false, "required": ["file", "quote"], "properties": { "file": { "type": "string" }, "quote": { "type": "string" } } } } } }, "select": { "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "enum": ["workspace", "compute", "onlineEndpoint", "onlineDeployment", "batchEndpoint", "datastore", "connection", "job", "component", "environment", "registry", "containerRegistry", "keyVault", "keyVaultAccessPolicy", "storageAccount", "appInsights", "userAssignedIdentity", "roleAssignment", "roleDefinition", "aksCluster", "servicePrincipal", "otherResource"] }, "where": { "type": "object" } } }, "assert": { "type": "object" }, "autofix": { "type": "object", "additionalProperties": false, "required": ["description", "set"], "description": "A value fix: the failing property is rewritten where it is written, per input format (`default` for the others).", "properties": { "description": { "type": "string", "minLength": 1 }, "set": { "type": "object", "minProperties": 1, "additionalProperties": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "minProperties": 1, "propertyNames": { "enum": ["default", "aml-yaml", "arm", "bicep", "terraform", "az-cli"] }, "additionalProperties": { "type": "string", "minLength": 1 } }] } } } }, "message": { "type": "string", "minLength": 1 } } };
const func4 = (ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__["default"] ?? ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__);
const pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern1 = new RegExp("^https://", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema13.required, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.severity === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema13.required, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.summary === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property '" + "summary" + "'", schema: schema13.required, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.select === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "select" }, message: "must have required property '" + "select" + "'", schema: schema13.required, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.assert === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "assert" }, message: "must have required property '" + "assert" + "'", schema: schema13.required, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    if (data.message === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'", schema: schema13.required, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema13.properties, key0))) {
            const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (!pattern0.test(data0)) {
                const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema13.properties.id, data: data0 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.id.type, parentSchema: schema13.properties.id, data: data0 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data1 = data.severity;
        if (!(((data1 === "error") || (data1 === "warning")) || (data1 === "note"))) {
            const err9 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema13.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.severity.enum, parentSchema: schema13.properties.severity, data: data1 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.summary !== undefined) {
        let data2 = data.summary;
        if (typeof data2 === "string") {
            if (func4(data2) < 1) {
                const err10 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.summary, data: data2 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.summary.type, parentSchema: schema13.properties.summary, data: data2 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data3 = data.description;
        if (typeof data3 !== "string") {
            const err12 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.description.type, parentSchema: schema13.properties.description, data: data3 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.why !== undefined) {
        let data4 = data.why;
        if (typeof data4 !== "string") {
            const err13 = { instancePath: instancePath + "/why", schemaPath: "#/properties/why/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.why.type, parentSchema: schema13.properties.why, data: data4 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.fix !== undefined) {
        let data5 = data.fix;
        if (typeof data5 !== "string") {
            const err14 = { instancePath: instancePath + "/fix", schemaPath: "#/properties/fix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.fix.type, parentSchema: schema13.properties.fix, data: data5 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.help !== undefined) {
        let data6 = data.help;
        if (typeof data6 !== "string") {
            const err15 = { instancePath: instancePath + "/help", schemaPath: "#/properties/help/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.help.type, parentSchema: schema13.properties.help, data: data6 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.tags !== undefined) {
        let data7 = data.tags;
        if (Array.isArray(data7)) {
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data8 = data7[i0];
                if (typeof data8 !== "string") {
                    const err16 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.tags.items.type, parentSchema: schema13.properties.tags.items, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.tags.type, parentSchema: schema13.properties.tags, data: data7 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.formats !== undefined) {
        let data9 = data.formats;
        if (Array.isArray(data9)) {
            const len1 = data9.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data10 = data9[i1];
                if (!(((((data10 === "aml-yaml") || (data10 === "arm")) || (data10 === "bicep")) || (data10 === "terraform")) || (data10 === "az-cli"))) {
                    const err18 = { instancePath: instancePath + "/formats/" + i1, schemaPath: "#/properties/formats/items/enum", keyword: "enum", params: { allowedValues: schema13.properties.formats.items.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.formats.items.enum, parentSchema: schema13.properties.formats.items, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/formats", schemaPath: "#/properties/formats/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.formats.type, parentSchema: schema13.properties.formats, data: data9 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.securitySeverity !== undefined) {
        let data11 = data.securitySeverity;
        if (typeof data11 == "number") {
            if (data11 > 10 || isNaN(data11)) {
                const err20 = { instancePath: instancePath + "/securitySeverity", schemaPath: "#/properties/securitySeverity/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema13.properties.securitySeverity, data: data11 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (data11 < 0 || isNaN(data11)) {
                const err21 = { instancePath: instancePath + "/securitySeverity", schemaPath: "#/properties/securitySeverity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13.properties.securitySeverity, data: data11 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/securitySeverity", schemaPath: "#/properties/securitySeverity/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema13.properties.securitySeverity.type, parentSchema: schema13.properties.securitySeverity, data: data11 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.source !== undefined) {
        let data12 = data.source;
        if (Array.isArray(data12)) {
            const len2 = data12.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data13 = data12[i2];
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.statement === undefined) {
                        const err23 = { instancePath: instancePath + "/source/" + i2, schemaPath: "#/properties/source/items/required", keyword: "required", params: { missingProperty: "statement" }, message: "must have required property '" + "statement" + "'", schema: schema13.properties.source.items.required, parentSchema: schema13.properties.source.items, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                    if (data13.url === undefined) {
                        const err24 = { instancePath: instancePath + "/source/" + i2, schemaPath: "#/properties/source/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema13.properties.source.items.required, parentSchema: schema13.properties.source.items, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                    for (const key1 in data13) {
                        if (!(((key1 === "statement") || (key1 === "url")) || (key1 === "seed"))) {
                            const err25 = { instancePath: instancePath + "/source/" + i2, schemaPath: "#/properties/source/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.source.items, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                    if (data13.statement !== undefined) {
                        let data14 = data13.statement;
                        if (typeof data14 === "string") {
                            if (func4(data14) < 1) {
                                const err26 = { instancePath: instancePath + "/source/" + i2 + "/statement", schemaPath: "#/properties/source/items/properties/statement/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.source.items.properties.statement, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err27 = { instancePath: instancePath + "/source/" + i2 + "/statement", schemaPath: "#/properties/source/items/properties/statement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.source.items.properties.statement.type, parentSchema: schema13.properties.source.items.properties.statement, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                    if (data13.url !== undefined) {
                        let data15 = data13.url;
                        if (typeof data15 === "string") {
                            if (!pattern1.test(data15)) {
                                const err28 = { instancePath: instancePath + "/source/" + i2 + "/url", schemaPath: "#/properties/source/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: "must match pattern \"" + "^https://" + "\"", schema: "^https://", parentSchema: schema13.properties.source.items.properties.url, data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err29 = { instancePath: instancePath + "/source/" + i2 + "/url", schemaPath: "#/properties/source/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.source.items.properties.url.type, parentSchema: schema13.properties.source.items.properties.url, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                    if (data13.seed !== undefined) {
                        let data16 = data13.seed;
                        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            if (data16.file === undefined) {
                                const err30 = { instancePath: instancePath + "/source/" + i2 + "/seed", schemaPath: "#/properties/source/items/properties/seed/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property '" + "file" + "'", schema: schema13.properties.source.items.properties.seed.required, parentSchema: schema13.properties.source.items.properties.seed, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                            if (data16.quote === undefined) {
                                const err31 = { instancePath: instancePath + "/source/" + i2 + "/seed", schemaPath: "#/properties/source/items/properties/seed/required", keyword: "required", params: { missingProperty: "quote" }, message: "must have required property '" + "quote" + "'", schema: schema13.properties.source.items.properties.seed.required, parentSchema: schema13.properties.source.items.properties.seed, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                            for (const key2 in data16) {
                                if (!((key2 === "file") || (key2 === "quote"))) {
                                    const err32 = { instancePath: instancePath + "/source/" + i2 + "/seed", schemaPath: "#/properties/source/items/properties/seed/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.source.items.properties.seed, data: data16 };
                                    if (vErrors === null) {
                                        vErrors = [err32];
                                    }
                                    else {
                                        vErrors.push(err32);
                                    }
                                    errors++;
                                }
                            }
                            if (data16.file !== undefined) {
                                let data17 = data16.file;
                                if (typeof data17 !== "string") {
                                    const err33 = { instancePath: instancePath + "/source/" + i2 + "/seed/file", schemaPath: "#/properties/source/items/properties/seed/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.source.items.properties.seed.properties.file.type, parentSchema: schema13.properties.source.items.properties.seed.properties.file, data: data17 };
                                    if (vErrors === null) {
                                        vErrors = [err33];
                                    }
                                    else {
                                        vErrors.push(err33);
                                    }
                                    errors++;
                                }
                            }
                            if (data16.quote !== undefined) {
                                let data18 = data16.quote;
                                if (typeof data18 !== "string") {
                                    const err34 = { instancePath: instancePath + "/source/" + i2 + "/seed/quote", schemaPath: "#/properties/source/items/properties/seed/properties/quote/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.source.items.properties.seed.properties.quote.type, parentSchema: schema13.properties.source.items.properties.seed.properties.quote, data: data18 };
                                    if (vErrors === null) {
                                        vErrors = [err34];
                                    }
                                    else {
                                        vErrors.push(err34);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err35 = { instancePath: instancePath + "/source/" + i2 + "/seed", schemaPath: "#/properties/source/items/properties/seed/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.source.items.properties.seed.type, parentSchema: schema13.properties.source.items.properties.seed, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err36 = { instancePath: instancePath + "/source/" + i2, schemaPath: "#/properties/source/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.source.items.type, parentSchema: schema13.properties.source.items, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
        }
        else {
            const err37 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.source.type, parentSchema: schema13.properties.source, data: data12 };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
    if (data.select !== undefined) {
        let data19 = data.select;
        if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.kind === undefined) {
                const err38 = { instancePath: instancePath + "/select", schemaPath: "#/properties/select/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema13.properties.select.required, parentSchema: schema13.properties.select, data: data19 };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
            for (const key3 in data19) {
                if (!((key3 === "kind") || (key3 === "where"))) {
                    const err39 = { instancePath: instancePath + "/select", schemaPath: "#/properties/select/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.select, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
            if (data19.kind !== undefined) {
                let data20 = data19.kind;
                if (!((((((((((((((((((((((data20 === "workspace") || (data20 === "compute")) || (data20 === "onlineEndpoint")) || (data20 === "onlineDeployment")) || (data20 === "batchEndpoint")) || (data20 === "datastore")) || (data20 === "connection")) || (data20 === "job")) || (data20 === "component")) || (data20 === "environment")) || (data20 === "registry")) || (data20 === "containerRegistry")) || (data20 === "keyVault")) || (data20 === "keyVaultAccessPolicy")) || (data20 === "storageAccount")) || (data20 === "appInsights")) || (data20 === "userAssignedIdentity")) || (data20 === "roleAssignment")) || (data20 === "roleDefinition")) || (data20 === "aksCluster")) || (data20 === "servicePrincipal")) || (data20 === "otherResource"))) {
                    const err40 = { instancePath: instancePath + "/select/kind", schemaPath: "#/properties/select/properties/kind/enum", keyword: "enum", params: { allowedValues: schema13.properties.select.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.select.properties.kind.enum, parentSchema: schema13.properties.select.properties.kind, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
            if (data19.where !== undefined) {
                let data21 = data19.where;
                if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
                    const err41 = { instancePath: instancePath + "/select/where", schemaPath: "#/properties/select/properties/where/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.select.properties.where.type, parentSchema: schema13.properties.select.properties.where, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
        }
        else {
            const err42 = { instancePath: instancePath + "/select", schemaPath: "#/properties/select/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.select.type, parentSchema: schema13.properties.select, data: data19 };
            if (vErrors === null) {
                vErrors = [err42];
            }
            else {
                vErrors.push(err42);
            }
            errors++;
        }
    }
    if (data.assert !== undefined) {
        let data22 = data.assert;
        if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
            const err43 = { instancePath: instancePath + "/assert", schemaPath: "#/properties/assert/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.assert.type, parentSchema: schema13.properties.assert, data: data22 };
            if (vErrors === null) {
                vErrors = [err43];
            }
            else {
                vErrors.push(err43);
            }
            errors++;
        }
    }
    if (data.autofix !== undefined) {
        let data23 = data.autofix;
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.description === undefined) {
                const err44 = { instancePath: instancePath + "/autofix", schemaPath: "#/properties/autofix/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'", schema: schema13.properties.autofix.required, parentSchema: schema13.properties.autofix, data: data23 };
                if (vErrors === null) {
                    vErrors = [err44];
                }
                else {
                    vErrors.push(err44);
                }
                errors++;
            }
            if (data23.set === undefined) {
                const err45 = { instancePath: instancePath + "/autofix", schemaPath: "#/properties/autofix/required", keyword: "required", params: { missingProperty: "set" }, message: "must have required property '" + "set" + "'", schema: schema13.properties.autofix.required, parentSchema: schema13.properties.autofix, data: data23 };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
            for (const key4 in data23) {
                if (!((key4 === "description") || (key4 === "set"))) {
                    const err46 = { instancePath: instancePath + "/autofix", schemaPath: "#/properties/autofix/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.autofix, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
            }
            if (data23.description !== undefined) {
                let data24 = data23.description;
                if (typeof data24 === "string") {
                    if (func4(data24) < 1) {
                        const err47 = { instancePath: instancePath + "/autofix/description", schemaPath: "#/properties/autofix/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.autofix.properties.description, data: data24 };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                }
                else {
                    const err48 = { instancePath: instancePath + "/autofix/description", schemaPath: "#/properties/autofix/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.autofix.properties.description.type, parentSchema: schema13.properties.autofix.properties.description, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
            }
            if (data23.set !== undefined) {
                let data25 = data23.set;
                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                    if (Object.keys(data25).length < 1) {
                        const err49 = { instancePath: instancePath + "/autofix/set", schemaPath: "#/properties/autofix/properties/set/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema13.properties.autofix.properties.set, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err49];
                        }
                        else {
                            vErrors.push(err49);
                        }
                        errors++;
                    }
                    for (const key5 in data25) {
                        let data26 = data25[key5];
                        const _errs57 = errors;
                        let valid12 = false;
                        const _errs58 = errors;
                        if (typeof data26 === "string") {
                            if (func4(data26) < 1) {
                                const err50 = { instancePath: instancePath + "/autofix/set/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/autofix/properties/set/additionalProperties/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[0], data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err51 = { instancePath: instancePath + "/autofix/set/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/autofix/properties/set/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[0].type, parentSchema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[0], data: data26 };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                        var _valid0 = _errs58 === errors;
                        valid12 = valid12 || _valid0;
                        if (!valid12) {
                            const _errs60 = errors;
                            if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                if (Object.keys(data26).length < 1) {
                                    const err52 = { instancePath: instancePath + "/autofix/set/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/autofix/properties/set/additionalProperties/anyOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[1], data: data26 };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                                for (const key6 in data26) {
                                    const _errs62 = errors;
                                    if (!((((((key6 === "default") || (key6 === "aml-yaml")) || (key6 === "arm")) || (key6 === "bicep")) || (key6 === "terraform")) || (key6 === "az-cli"))) {
                                        const err53 = { instancePath: instancePath + "/autofix/set/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/autofix/properties/set/additionalProperties/anyOf/1/propertyNames/enum", keyword: "enum", params: { allowedValues: schema13.properties.autofix.properties.set.additionalProperties.anyOf[1].propertyNames.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[1].propertyNames.enum, parentSchema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[1].propertyNames, data: key6, propertyName: key6 };
                                        if (vErrors === null) {
                                            vErrors = [err53];
                                        }
                                        else {
                                            vErrors.push(err53);
                                        }
                                        errors++;
                                    }
                                    var valid13 = _errs62 === errors;
                                    if (!valid13) {
                                        const err54 = { instancePath: instancePath + "/autofix/set/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/autofix/properties/set/additionalProperties/anyOf/1/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[1].propertyNames, parentSchema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[1], data: data26 };
                                        if (vErrors === null) {
                                            vErrors = [err54];
                                        }
                                        else {
                                            vErrors.push(err54);
                                        }
                                        errors++;
                                    }
                                }
                                for (const key7 in data26) {
                                    let data27 = data26[key7];
                                    if (typeof data27 === "string") {
                                        if (func4(data27) < 1) {
                                            const err55 = { instancePath: instancePath + "/autofix/set/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/autofix/properties/set/additionalProperties/anyOf/1/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[1].additionalProperties, data: data27 };
                                            if (vErrors === null) {
                                                vErrors = [err55];
                                            }
                                            else {
                                                vErrors.push(err55);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err56 = { instancePath: instancePath + "/autofix/set/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/autofix/properties/set/additionalProperties/anyOf/1/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[1].additionalProperties.type, parentSchema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[1].additionalProperties, data: data27 };
                                        if (vErrors === null) {
                                            vErrors = [err56];
                                        }
                                        else {
                                            vErrors.push(err56);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err57 = { instancePath: instancePath + "/autofix/set/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/autofix/properties/set/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[1].type, parentSchema: schema13.properties.autofix.properties.set.additionalProperties.anyOf[1], data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err57];
                                }
                                else {
                                    vErrors.push(err57);
                                }
                                errors++;
                            }
                            var _valid0 = _errs60 === errors;
                            valid12 = valid12 || _valid0;
                        }
                        if (!valid12) {
                            const err58 = { instancePath: instancePath + "/autofix/set/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/autofix/properties/set/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema13.properties.autofix.properties.set.additionalProperties.anyOf, parentSchema: schema13.properties.autofix.properties.set.additionalProperties, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err58];
                            }
                            else {
                                vErrors.push(err58);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs57;
                            if (vErrors !== null) {
                                if (_errs57) {
                                    vErrors.length = _errs57;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                }
                else {
                    const err59 = { instancePath: instancePath + "/autofix/set", schemaPath: "#/properties/autofix/properties/set/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.autofix.properties.set.type, parentSchema: schema13.properties.autofix.properties.set, data: data25 };
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
            }
        }
        else {
            const err60 = { instancePath: instancePath + "/autofix", schemaPath: "#/properties/autofix/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.autofix.type, parentSchema: schema13.properties.autofix, data: data23 };
            if (vErrors === null) {
                vErrors = [err60];
            }
            else {
                vErrors.push(err60);
            }
            errors++;
        }
    }
    if (data.message !== undefined) {
        let data28 = data.message;
        if (typeof data28 === "string") {
            if (func4(data28) < 1) {
                const err61 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.message, data: data28 };
                if (vErrors === null) {
                    vErrors = [err61];
                }
                else {
                    vErrors.push(err61);
                }
                errors++;
            }
        }
        else {
            const err62 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.message.type, parentSchema: schema13.properties.message, data: data28 };
            if (vErrors === null) {
                vErrors = [err62];
            }
            else {
                vErrors.push(err62);
            }
            errors++;
        }
    }
}
else {
    const err63 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
        vErrors = [err63];
    }
    else {
        vErrors.push(err63);
    }
    errors++;
} validate12.errors = vErrors; return errors === 0; }
const raw_amlResourceIdentity = validate13;
const schema14 = { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["systemassigned", "userassigned", "none", "systemassigned,userassigned"] }, "user_assigned_identities": { "anyOf": [{ "type": "array", "items": { "type": "object", "properties": { "resource_id": { "type": "string" }, "client_id": { "type": "string" }, "principal_id": { "type": "string" }, "object_id": { "type": "string" } }, "additionalProperties": false } }, { "type": "object", "additionalProperties": { "anyOf": [{ "type": "null" }, { "type": "object", "properties": { "resource_id": { "type": "string" }, "client_id": { "type": "string" }, "principal_id": { "type": "string" }, "object_id": { "type": "string" } }, "additionalProperties": false }] } }] }, "tenant_id": { "type": "string" }, "principal_id": { "type": "string" } }, "additionalProperties": false };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema14.required, parentSchema: schema14, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((key0 === "type") || (key0 === "user_assigned_identities")) || (key0 === "tenant_id")) || (key0 === "principal_id"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if (typeof data0 !== "string") {
            const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.type.type, parentSchema: schema14.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (!((((data0 === "systemassigned") || (data0 === "userassigned")) || (data0 === "none")) || (data0 === "systemassigned,userassigned"))) {
            const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema14.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.type.enum, parentSchema: schema14.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.user_assigned_identities !== undefined) {
        let data1 = data.user_assigned_identities;
        const _errs5 = errors;
        let valid1 = false;
        const _errs6 = errors;
        if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    for (const key1 in data2) {
                        if (!((((key1 === "resource_id") || (key1 === "client_id")) || (key1 === "principal_id")) || (key1 === "object_id"))) {
                            const err4 = { instancePath: instancePath + "/user_assigned_identities/" + i0, schemaPath: "#/properties/user_assigned_identities/anyOf/0/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.user_assigned_identities.anyOf[0].items, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                    if (data2.resource_id !== undefined) {
                        let data3 = data2.resource_id;
                        if (typeof data3 !== "string") {
                            const err5 = { instancePath: instancePath + "/user_assigned_identities/" + i0 + "/resource_id", schemaPath: "#/properties/user_assigned_identities/anyOf/0/items/properties/resource_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.user_assigned_identities.anyOf[0].items.properties.resource_id.type, parentSchema: schema14.properties.user_assigned_identities.anyOf[0].items.properties.resource_id, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    if (data2.client_id !== undefined) {
                        let data4 = data2.client_id;
                        if (typeof data4 !== "string") {
                            const err6 = { instancePath: instancePath + "/user_assigned_identities/" + i0 + "/client_id", schemaPath: "#/properties/user_assigned_identities/anyOf/0/items/properties/client_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.user_assigned_identities.anyOf[0].items.properties.client_id.type, parentSchema: schema14.properties.user_assigned_identities.anyOf[0].items.properties.client_id, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                    }
                    if (data2.principal_id !== undefined) {
                        let data5 = data2.principal_id;
                        if (typeof data5 !== "string") {
                            const err7 = { instancePath: instancePath + "/user_assigned_identities/" + i0 + "/principal_id", schemaPath: "#/properties/user_assigned_identities/anyOf/0/items/properties/principal_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.user_assigned_identities.anyOf[0].items.properties.principal_id.type, parentSchema: schema14.properties.user_assigned_identities.anyOf[0].items.properties.principal_id, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    if (data2.object_id !== undefined) {
                        let data6 = data2.object_id;
                        if (typeof data6 !== "string") {
                            const err8 = { instancePath: instancePath + "/user_assigned_identities/" + i0 + "/object_id", schemaPath: "#/properties/user_assigned_identities/anyOf/0/items/properties/object_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.user_assigned_identities.anyOf[0].items.properties.object_id.type, parentSchema: schema14.properties.user_assigned_identities.anyOf[0].items.properties.object_id, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err9 = { instancePath: instancePath + "/user_assigned_identities/" + i0, schemaPath: "#/properties/user_assigned_identities/anyOf/0/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.user_assigned_identities.anyOf[0].items.type, parentSchema: schema14.properties.user_assigned_identities.anyOf[0].items, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/user_assigned_identities", schemaPath: "#/properties/user_assigned_identities/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.user_assigned_identities.anyOf[0].type, parentSchema: schema14.properties.user_assigned_identities.anyOf[0], data: data1 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
            const _errs19 = errors;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                for (const key2 in data1) {
                    let data7 = data1[key2];
                    const _errs23 = errors;
                    let valid6 = false;
                    const _errs24 = errors;
                    if (data7 !== null) {
                        const err11 = { instancePath: instancePath + "/user_assigned_identities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/user_assigned_identities/anyOf/1/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[0].type, parentSchema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[0], data: data7 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    var _valid1 = _errs24 === errors;
                    valid6 = valid6 || _valid1;
                    if (!valid6) {
                        const _errs26 = errors;
                        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                            for (const key3 in data7) {
                                if (!((((key3 === "resource_id") || (key3 === "client_id")) || (key3 === "principal_id")) || (key3 === "object_id"))) {
                                    const err12 = { instancePath: instancePath + "/user_assigned_identities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/user_assigned_identities/anyOf/1/additionalProperties/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[1], data: data7 };
                                    if (vErrors === null) {
                                        vErrors = [err12];
                                    }
                                    else {
                                        vErrors.push(err12);
                                    }
                                    errors++;
                                }
                            }
                            if (data7.resource_id !== undefined) {
                                let data8 = data7.resource_id;
                                if (typeof data8 !== "string") {
                                    const err13 = { instancePath: instancePath + "/user_assigned_identities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/resource_id", schemaPath: "#/properties/user_assigned_identities/anyOf/1/additionalProperties/anyOf/1/properties/resource_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[1].properties.resource_id.type, parentSchema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[1].properties.resource_id, data: data8 };
                                    if (vErrors === null) {
                                        vErrors = [err13];
                                    }
                                    else {
                                        vErrors.push(err13);
                                    }
                                    errors++;
                                }
                            }
                            if (data7.client_id !== undefined) {
                                let data9 = data7.client_id;
                                if (typeof data9 !== "string") {
                                    const err14 = { instancePath: instancePath + "/user_assigned_identities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/client_id", schemaPath: "#/properties/user_assigned_identities/anyOf/1/additionalProperties/anyOf/1/properties/client_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[1].properties.client_id.type, parentSchema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[1].properties.client_id, data: data9 };
                                    if (vErrors === null) {
                                        vErrors = [err14];
                                    }
                                    else {
                                        vErrors.push(err14);
                                    }
                                    errors++;
                                }
                            }
                            if (data7.principal_id !== undefined) {
                                let data10 = data7.principal_id;
                                if (typeof data10 !== "string") {
                                    const err15 = { instancePath: instancePath + "/user_assigned_identities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/principal_id", schemaPath: "#/properties/user_assigned_identities/anyOf/1/additionalProperties/anyOf/1/properties/principal_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[1].properties.principal_id.type, parentSchema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[1].properties.principal_id, data: data10 };
                                    if (vErrors === null) {
                                        vErrors = [err15];
                                    }
                                    else {
                                        vErrors.push(err15);
                                    }
                                    errors++;
                                }
                            }
                            if (data7.object_id !== undefined) {
                                let data11 = data7.object_id;
                                if (typeof data11 !== "string") {
                                    const err16 = { instancePath: instancePath + "/user_assigned_identities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/object_id", schemaPath: "#/properties/user_assigned_identities/anyOf/1/additionalProperties/anyOf/1/properties/object_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[1].properties.object_id.type, parentSchema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[1].properties.object_id, data: data11 };
                                    if (vErrors === null) {
                                        vErrors = [err16];
                                    }
                                    else {
                                        vErrors.push(err16);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/user_assigned_identities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/user_assigned_identities/anyOf/1/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[1].type, parentSchema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf[1], data: data7 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                        var _valid1 = _errs26 === errors;
                        valid6 = valid6 || _valid1;
                    }
                    if (!valid6) {
                        const err18 = { instancePath: instancePath + "/user_assigned_identities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/user_assigned_identities/anyOf/1/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties.anyOf, parentSchema: schema14.properties.user_assigned_identities.anyOf[1].additionalProperties, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs23;
                        if (vErrors !== null) {
                            if (_errs23) {
                                vErrors.length = _errs23;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/user_assigned_identities", schemaPath: "#/properties/user_assigned_identities/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.user_assigned_identities.anyOf[1].type, parentSchema: schema14.properties.user_assigned_identities.anyOf[1], data: data1 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            var _valid0 = _errs19 === errors;
            valid1 = valid1 || _valid0;
        }
        if (!valid1) {
            const err20 = { instancePath: instancePath + "/user_assigned_identities", schemaPath: "#/properties/user_assigned_identities/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema14.properties.user_assigned_identities.anyOf, parentSchema: schema14.properties.user_assigned_identities, data: data1 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
        else {
            errors = _errs5;
            if (vErrors !== null) {
                if (_errs5) {
                    vErrors.length = _errs5;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.tenant_id !== undefined) {
        let data12 = data.tenant_id;
        if (typeof data12 !== "string") {
            const err21 = { instancePath: instancePath + "/tenant_id", schemaPath: "#/properties/tenant_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.tenant_id.type, parentSchema: schema14.properties.tenant_id, data: data12 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.principal_id !== undefined) {
        let data13 = data.principal_id;
        if (typeof data13 !== "string") {
            const err22 = { instancePath: instancePath + "/principal_id", schemaPath: "#/properties/principal_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.principal_id.type, parentSchema: schema14.properties.principal_id, data: data13 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
}
else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
        vErrors = [err23];
    }
    else {
        vErrors.push(err23);
    }
    errors++;
} validate13.errors = vErrors; return errors === 0; }
const raw_amlJobIdentity = validate14;
const schema15 = { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["useridentity", "managed", "managedidentity", "amltoken"] }, "client_id": { "type": "string" }, "object_id": { "type": "string" }, "msi_resource_id": { "type": "string" }, "resource_id": { "type": "string" } }, "additionalProperties": false };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema15.required, parentSchema: schema15, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "type") || (key0 === "client_id")) || (key0 === "object_id")) || (key0 === "msi_resource_id")) || (key0 === "resource_id"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if (typeof data0 !== "string") {
            const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.type.type, parentSchema: schema15.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (!((((data0 === "useridentity") || (data0 === "managed")) || (data0 === "managedidentity")) || (data0 === "amltoken"))) {
            const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema15.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.type.enum, parentSchema: schema15.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.client_id !== undefined) {
        let data1 = data.client_id;
        if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/client_id", schemaPath: "#/properties/client_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.client_id.type, parentSchema: schema15.properties.client_id, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.object_id !== undefined) {
        let data2 = data.object_id;
        if (typeof data2 !== "string") {
            const err5 = { instancePath: instancePath + "/object_id", schemaPath: "#/properties/object_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.object_id.type, parentSchema: schema15.properties.object_id, data: data2 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.msi_resource_id !== undefined) {
        let data3 = data.msi_resource_id;
        if (typeof data3 !== "string") {
            const err6 = { instancePath: instancePath + "/msi_resource_id", schemaPath: "#/properties/msi_resource_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.msi_resource_id.type, parentSchema: schema15.properties.msi_resource_id, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.resource_id !== undefined) {
        let data4 = data.resource_id;
        if (typeof data4 !== "string") {
            const err7 = { instancePath: instancePath + "/resource_id", schemaPath: "#/properties/resource_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.resource_id.type, parentSchema: schema15.properties.resource_id, data: data4 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
}
else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate14.errors = vErrors; return errors === 0; }
const raw_amlAuthMode = validate15;
const schema16 = { "type": "string", "enum": ["key", "amltoken", "aadtoken"] };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (!(((data === "key") || (data === "amltoken")) || (data === "aadtoken"))) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data };
    if (vErrors === null) {
        vErrors = [err1];
    }
    else {
        vErrors.push(err1);
    }
    errors++;
} validate15.errors = vErrors; return errors === 0; }
const raw_optionsAcrAdminUser = validate16;
const schema17 = { "type": "object", "additionalProperties": false, "properties": {} };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
}
else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
        vErrors = [err1];
    }
    else {
        vErrors.push(err1);
    }
    errors++;
} validate16.errors = vErrors; return errors === 0; }
const raw_optionsWorkspaceUaiRoles = validate17;
const schema18 = { "type": "object", "additionalProperties": false, "properties": { "external": { "enum": ["note", "off"], "default": "note", "description": "What to do when the identity or a resource is declared outside the repository." }, "unknown": { "enum": ["note", "off"], "default": "off", "description": "What to do when an assignment might grant the role but its principal or scope cannot be resolved." } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((key0 === "external") || (key0 === "unknown"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.external !== undefined) {
        let data0 = data.external;
        if (!((data0 === "note") || (data0 === "off"))) {
            const err1 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/enum", keyword: "enum", params: { allowedValues: schema18.properties.external.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.external.enum, parentSchema: schema18.properties.external, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.unknown !== undefined) {
        let data1 = data.unknown;
        if (!((data1 === "note") || (data1 === "off"))) {
            const err2 = { instancePath: instancePath + "/unknown", schemaPath: "#/properties/unknown/enum", keyword: "enum", params: { allowedValues: schema18.properties.unknown.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.unknown.enum, parentSchema: schema18.properties.unknown, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
}
else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate17.errors = vErrors; return errors === 0; }
const raw_assertAcrAdminUser = validate18;
const schema19 = { "properties": { "adminUserEnabled": { "not": { "anyOf": [{ "const": true }, { "type": "string", "pattern": "^\\s*[Tt][Rr][Uu][Ee]\\s*$" }] } } } };
const pattern2 = new RegExp("^\\s*[Tt][Rr][Uu][Ee]\\s*$", "u");
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.adminUserEnabled !== undefined) {
        let data0 = data.adminUserEnabled;
        const _errs1 = errors;
        const _errs2 = errors;
        const _errs3 = errors;
        let valid2 = false;
        const _errs4 = errors;
        if (true !== data0) {
            const err0 = {};
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        var _valid0 = _errs4 === errors;
        valid2 = valid2 || _valid0;
        if (!valid2) {
            const _errs5 = errors;
            if (errors === _errs5) {
                if (typeof data0 === "string") {
                    if (!pattern2.test(data0)) {
                        const err1 = {};
                        if (vErrors === null) {
                            vErrors = [err1];
                        }
                        else {
                            vErrors.push(err1);
                        }
                        errors++;
                    }
                }
                else {
                    const err2 = {};
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            var _valid0 = _errs5 === errors;
            valid2 = valid2 || _valid0;
        }
        if (!valid2) {
            const err3 = {};
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        else {
            errors = _errs3;
            if (vErrors !== null) {
                if (_errs3) {
                    vErrors.length = _errs3;
                }
                else {
                    vErrors = null;
                }
            }
        }
        var valid1 = _errs2 === errors;
        if (valid1) {
            const err4 = { instancePath: instancePath + "/adminUserEnabled", schemaPath: "#/properties/adminUserEnabled/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema19.properties.adminUserEnabled.not, parentSchema: schema19.properties.adminUserEnabled, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        else {
            errors = _errs1;
            if (vErrors !== null) {
                if (_errs1) {
                    vErrors.length = _errs1;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
} validate18.errors = vErrors; return errors === 0; }
const raw_assertEndpointAadTokenKubernetes = validate19;
const schema20 = { "properties": { "authMode": { "not": { "type": "string", "pattern": "^\\s*[Aa][Aa][Dd][_-]?[Tt][Oo][Kk][Ee][Nn]\\s*$" } } } };
const pattern3 = new RegExp("^\\s*[Aa][Aa][Dd][_-]?[Tt][Oo][Kk][Ee][Nn]\\s*$", "u");
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.authMode !== undefined) {
        let data0 = data.authMode;
        const _errs1 = errors;
        const _errs2 = errors;
        if (errors === _errs2) {
            if (typeof data0 === "string") {
                if (!pattern3.test(data0)) {
                    const err0 = {};
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
            }
            else {
                const err1 = {};
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        var valid1 = _errs2 === errors;
        if (valid1) {
            const err2 = { instancePath: instancePath + "/authMode", schemaPath: "#/properties/authMode/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema20.properties.authMode.not, parentSchema: schema20.properties.authMode, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        else {
            errors = _errs1;
            if (vErrors !== null) {
                if (_errs1) {
                    vErrors.length = _errs1;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
} validate19.errors = vErrors; return errors === 0; }
const raw_whereEndpointAadTokenKubernetes = validate20;
const schema21 = { "required": ["subKind"], "properties": { "subKind": { "const": "kubernetes" } } };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.subKind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subKind" }, message: "must have required property '" + "subKind" + "'", schema: schema21.required, parentSchema: schema21, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.subKind !== undefined) {
        let data0 = data.subKind;
        if ("kubernetes" !== data0) {
            const err1 = { instancePath: instancePath + "/subKind", schemaPath: "#/properties/subKind/const", keyword: "const", params: { allowedValue: "kubernetes" }, message: "must be equal to constant", schema: "kubernetes", parentSchema: schema21.properties.subKind, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
} validate20.errors = vErrors; return errors === 0; }
const config = raw_config;
const baseline = raw_baseline;
const declarativeRule = raw_declarativeRule;
const amlResourceIdentity = raw_amlResourceIdentity;
const amlJobIdentity = raw_amlJobIdentity;
const amlAuthMode = raw_amlAuthMode;
const optionsAcrAdminUser = raw_optionsAcrAdminUser;
const optionsAksAttachManagedIdentity = raw_optionsAcrAdminUser;
const optionsAmlYamlSchema = raw_optionsAcrAdminUser;
const optionsComputeBeforeRegistry = raw_optionsAcrAdminUser;
const optionsComputeIdentityExclusive = raw_optionsAcrAdminUser;
const optionsComputeUaiAcrPull = raw_optionsAcrAdminUser;
const optionsDatastoreCredentialBased = raw_optionsAcrAdminUser;
const optionsDatastoreCrossTenant = raw_optionsAcrAdminUser;
const optionsDatastoreIdentityDataAccess = raw_optionsAcrAdminUser;
const optionsDatastoreIdentityUnsupported = raw_optionsAcrAdminUser;
const optionsDatastoreNetworkWorkspaceIdentity = raw_optionsAcrAdminUser;
const optionsDatastorePlaintextSecret = raw_optionsAcrAdminUser;
const optionsEndpointAadTokenKubernetes = raw_optionsAcrAdminUser;
const optionsEndpointSecretStoreAccess = raw_optionsAcrAdminUser;
const optionsEndpointUaiRoles = raw_optionsAcrAdminUser;
const optionsEnvironmentPrivateRegistryBuildUai = raw_optionsAcrAdminUser;
const optionsEnvironmentPrivateRegistryPull = raw_optionsAcrAdminUser;
const optionsInternalError = raw_optionsAcrAdminUser;
const optionsParseError = raw_optionsAcrAdminUser;
const optionsPipelineIdentityPlacement = raw_optionsAcrAdminUser;
const optionsUnusedSuppression = raw_optionsAcrAdminUser;
const optionsUserIdentityCachedCredentials = raw_optionsAcrAdminUser;
const optionsWorkspaceAcrAutocreate = raw_optionsAcrAdminUser;
const optionsWorkspaceCmkIdentityKeyAccess = raw_optionsAcrAdminUser;
const optionsWorkspaceIdentityDowngrade = raw_optionsAcrAdminUser;
const optionsWorkspacePrimaryUai = raw_optionsAcrAdminUser;
const optionsWorkspaceUaiRemoval = raw_optionsAcrAdminUser;
const optionsWorkspaceUaiRoles = raw_optionsWorkspaceUaiRoles;
const assertAcrAdminUser = raw_assertAcrAdminUser;
const assertEndpointAadTokenKubernetes = raw_assertEndpointAadTokenKubernetes;
const whereEndpointAadTokenKubernetes = raw_whereEndpointAadTokenKubernetes;
/** Options schema of each built-in rule, by rule id. */
const ruleOptionValidators = { "acr-admin-user": optionsAcrAdminUser, "aks-attach-managed-identity": optionsAksAttachManagedIdentity, "aml-yaml-schema": optionsAmlYamlSchema, "compute-before-registry": optionsComputeBeforeRegistry, "compute-identity-exclusive": optionsComputeIdentityExclusive, "compute-uai-acr-pull": optionsComputeUaiAcrPull, "datastore-credential-based": optionsDatastoreCredentialBased, "datastore-cross-tenant": optionsDatastoreCrossTenant, "datastore-identity-data-access": optionsDatastoreIdentityDataAccess, "datastore-identity-unsupported": optionsDatastoreIdentityUnsupported, "datastore-network-workspace-identity": optionsDatastoreNetworkWorkspaceIdentity, "datastore-plaintext-secret": optionsDatastorePlaintextSecret, "endpoint-aad-token-kubernetes": optionsEndpointAadTokenKubernetes, "endpoint-secret-store-access": optionsEndpointSecretStoreAccess, "endpoint-uai-roles": optionsEndpointUaiRoles, "environment-private-registry-build-uai": optionsEnvironmentPrivateRegistryBuildUai, "environment-private-registry-pull": optionsEnvironmentPrivateRegistryPull, "internal-error": optionsInternalError, "parse-error": optionsParseError, "pipeline-identity-placement": optionsPipelineIdentityPlacement, "unused-suppression": optionsUnusedSuppression, "user-identity-cached-credentials": optionsUserIdentityCachedCredentials, "workspace-acr-autocreate": optionsWorkspaceAcrAutocreate, "workspace-cmk-identity-key-access": optionsWorkspaceCmkIdentityKeyAccess, "workspace-identity-downgrade": optionsWorkspaceIdentityDowngrade, "workspace-primary-uai": optionsWorkspacePrimaryUai, "workspace-uai-removal": optionsWorkspaceUaiRemoval, "workspace-uai-roles": optionsWorkspaceUaiRoles };
/** `assert` and `select.where` of each built-in declarative rule, by rule id. */
const declarativeValidators = { "acr-admin-user": { assert: assertAcrAdminUser }, "endpoint-aad-token-kubernetes": { assert: assertEndpointAadTokenKubernetes, where: whereEndpointAadTokenKubernetes } };
//# sourceMappingURL=validators.js.map

/***/ }),

/***/ 5541:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l0: () => (/* binding */ ARM_TYPE_OF_KIND),
  TS: () => (/* binding */ Graph),
  $v: () => (/* binding */ asPrincipal),
  p1: () => (/* binding */ samePrincipal),
  je: () => (/* binding */ targetName)
});

// UNUSED EXPORTS: sameTarget, symbolKey

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./lib/src/model/placeholder.js
var placeholder = __webpack_require__(7925);
// EXTERNAL MODULE: ./lib/src/model/resource-id.js
var resource_id = __webpack_require__(2462);
// EXTERNAL MODULE: ./lib/src/model/rbac/roles.js
var roles = __webpack_require__(1892);
;// CONCATENATED MODULE: ./lib/src/model/rbac/custom.js

const FIELDS = ['actions', 'notActions', 'dataActions', 'notDataActions'];
/**
 * A role definition declared in the repository, from its canonical props (`roleName`, `roleId`,
 * `permissions`: blocks with actions/notActions/dataActions/notDataActions in ARM, Terraform or
 * az-JSON spelling). A value not known statically makes the role partly known: unknown actions
 * might grant anything; unknown exclusions make its known grants uncertain too.
 */
function customRoleOf(r) {
    const name = r.props.roleName;
    const id = r.props.roleId?.t === 'str' ? (0,roles/* roleGuidOf */.VA)(r.props.roleId.value) : r.name?.t === 'str' ? (0,roles/* roleGuidOf */.VA)(r.name.value) : undefined;
    const roleName = name?.t === 'str' ? name.value : (id ?? '(custom role)');
    const blocks = r.props.permissions?.t === 'arr' ? r.props.permissions.items : r.props.permissions?.t === 'obj' ? [r.props.permissions] : undefined;
    if (!blocks)
        return { id, roleName, permissions: [], partial: true, custom: true };
    let partial = false;
    const permissions = [];
    for (const b of blocks) {
        const lists = Object.fromEntries(FIELDS.map((f) => [f, strings(field(b, f))]));
        if (lists.notActions.unknown || lists.notDataActions.unknown || b.t !== 'obj')
            return { id, roleName, permissions: [], partial: true, custom: true };
        partial ||= lists.actions.unknown || lists.dataActions.unknown;
        permissions.push({ actions: lists.actions.values, notActions: lists.notActions.values, dataActions: lists.dataActions.values, notDataActions: lists.notDataActions.values });
    }
    return { id, roleName, permissions, partial, custom: true };
}
/** `notActions`, `not_actions`, `NotActions`: the same field in ARM, Terraform and az JSON. */
function field(obj, name) {
    if (obj.t !== 'obj')
        return undefined;
    const want = name.toLowerCase();
    for (let i = obj.entries.length - 1; i >= 0; i--)
        if (obj.entries[i].key.replace(/_/g, '').toLowerCase() === want)
            return obj.entries[i].value;
    return undefined;
}
function strings(v) {
    if (!v || v.t === 'null')
        return { values: [], unknown: false };
    if (v.t !== 'arr')
        return { values: [], unknown: true };
    const values = [];
    let unknown = false;
    for (const item of v.items) {
        if (item.t === 'str')
            values.push(item.value);
        else
            unknown = true;
    }
    return { values, unknown };
}
/** The repository's role definitions, by GUID and by name (case-insensitive); several with one name stay ambiguous. */
function indexCustomRoles(resources) {
    const byId = new Map();
    const byName = new Map();
    for (const r of resources) {
        const role = customRoleOf(r);
        if (!role)
            continue;
        if (role.id)
            byId.set(role.id, role);
        const key = role.roleName.toLowerCase();
        const seen = byName.get(key);
        // The same declaration read twice (module and standalone) is one role; two different ones are ambiguous.
        byName.set(key, seen && (seen === 'ambiguous' || JSON.stringify(seen.permissions) !== JSON.stringify(role.permissions)) ? 'ambiguous' : role);
    }
    return {
        byId: (guid) => byId.get(guid),
        byName: (name) => {
            const hit = byName.get(name);
            return hit === 'ambiguous' ? { roleName: name, permissions: [], partial: true, custom: true } : hit;
        },
    };
}
//# sourceMappingURL=custom.js.map
;// CONCATENATED MODULE: ./lib/src/model/rbac/permissions.js
/**
 * Azure RBAC permission matching: an operation is allowed by a block when some `actions` pattern
 * matches it and no `notActions` pattern does (the same for data actions, kept apart: `*` in
 * actions never grants a data action). Patterns are case-insensitive and `*` matches any text,
 * `/` included (`*​/read` matches `Microsoft.ContainerRegistry/registries/pull/read`).
 */
function matches(pattern, operation) {
    return wildcardMatch(pattern.toLowerCase(), operation.toLowerCase());
}
/**
 * `*` matches any text. A two-pointer scan that resumes after the last `*` on a mismatch:
 * O(pattern × operation) at worst, where a `.*`-per-star regex backtracks exponentially on
 * patterns from a custom role definition like `a*a*a*…b`.
 */
function wildcardMatch(p, s) {
    let i = 0;
    let j = 0;
    let star = -1;
    let mark = 0;
    while (i < s.length) {
        if (j < p.length && p[j] === '*') {
            star = j++;
            mark = i;
        }
        else if (j < p.length && p[j] === s[i]) {
            i++;
            j++;
        }
        else if (star >= 0) {
            j = star + 1;
            i = ++mark;
        }
        else
            return false;
    }
    while (p[j] === '*')
        j++;
    return j === p.length;
}
function allows(blocks, op, plane) {
    return blocks.some((b) => {
        const [yes, no] = plane === 'control' ? [b.actions, b.notActions] : [b.dataActions, b.notDataActions];
        return yes.some((p) => matches(p, op)) && !no.some((p) => matches(p, op));
    });
}
// A token no real operation contains, standing for "any text" when a pattern is turned into an operation.
const ANY = 'x-any-x';
/**
 * Operations that tell two permission sets apart: every pattern of either side with each `*` read
 * as some text (one segment, several segments). If `held` allows every one of them that `required`
 * allows, it holds every permission `required` grants; a witness it lacks is a real counterexample,
 * so a "no" is always right and a miss can only err towards "yes".
 */
function witnesses(sets, plane) {
    const out = new Set();
    for (const blocks of sets)
        for (const b of blocks)
            for (const p of plane === 'control' ? [...b.actions, ...b.notActions] : [...b.dataActions, ...b.notDataActions]) {
                out.add(p.split('*').join(ANY));
                out.add(p.split('*').join(`${ANY}/${ANY}`));
            }
    return [...out];
}
/** Whether the union of `held` includes every permission of `required`, in both planes. */
function covers(held, required) {
    for (const plane of ['control', 'data']) {
        for (const op of witnesses([held, required], plane)) {
            if (allows(required, op, plane) && !allows(held, op, plane))
                return false;
        }
    }
    return true;
}
// Rules ask the same question for many identities that hold the same roles: answers are kept per
// required permission set (by identity: built-in roles and rules' requirements are constants) and
// per list of roles held (each role definition numbered once).
const answers = new WeakMap();
const serials = new WeakMap();
let lastSerial = 0;
function serial(role) {
    if (!role)
        return '?';
    let n = serials.get(role);
    if (n === undefined)
        serials.set(role, (n = ++lastSerial));
    return String(n);
}
/**
 * Whether holding `definite` roles (surely assigned) and perhaps `possible` ones (an assignment that
 * might apply; `undefined` = a role that cannot be resolved) gives every permission of `req`.
 */
function grants(definite, req, possible = []) {
    let known = answers.get(req.permissions);
    if (!known)
        answers.set(req.permissions, (known = new Map()));
    const key = `${definite.map(serial).join(',')}|${possible.map(serial).join(',')}`;
    let answer = known.get(key);
    if (answer === undefined)
        known.set(key, (answer = grantsUncached(definite, req, possible)));
    return answer;
}
function grantsUncached(definite, req, possible) {
    // What a partly known role is known to grant, it grants.
    const sure = definite.flatMap((r) => r.permissions);
    if (covers(sure, req.permissions))
        return 'yes';
    const partialOrUnknown = definite.some((r) => r.partial) || possible.some((r) => !r || r.partial);
    const all = [...definite.flatMap((r) => r.permissions), ...possible.flatMap((r) => (r ? r.permissions : []))];
    if (partialOrUnknown || covers(all, req.permissions))
        return 'maybe';
    return 'no';
}
//# sourceMappingURL=permissions.js.map
// EXTERNAL MODULE: ./lib/src/model/extract/arm-shape.js
var arm_shape = __webpack_require__(8084);
;// CONCATENATED MODULE: ./lib/src/model/graph.js







const ARM_TYPE_OF_KIND = {
    workspace: 'Microsoft.MachineLearningServices/workspaces',
    containerRegistry: 'Microsoft.ContainerRegistry/registries',
    keyVault: 'Microsoft.KeyVault/vaults',
    storageAccount: 'Microsoft.Storage/storageAccounts',
    appInsights: 'Microsoft.Insights/components',
    userAssignedIdentity: 'Microsoft.ManagedIdentity/userAssignedIdentities',
};
const lower = (s) => s.toLowerCase();
const MANAGEMENT_GROUP = /^\/providers\/Microsoft\.Management\/managementGroups\/([^/]+)\/?$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * The repository-wide graph: resources indexed by symbol and by type + name, references resolved
 * across files and formats, role assignments normalised, and three-valued role queries.
 */
class Graph {
    model;
    bySymbol = new Map();
    byTypeName = new Map();
    byKind = new Map();
    keyIndexes = new Map();
    assignments;
    workspaces;
    customRoles;
    /** Configuration `workspaces:` with their globs compiled once. */
    bindings;
    constructor(model, workspaceBindings = []) {
        this.model = model;
        this.bindings = workspaceBindings.map((b) => ({ name: b.name, matchers: b.paths.map((p) => new esm/* Minimatch */.VR(p, { dot: true })) }));
        for (const r of model.resources) {
            const same = this.byKind.get(r.kind) ?? [];
            same.push(r);
            this.byKind.set(r.kind, same);
            if (r.symbol && r.scope)
                this.bySymbol.set(symbolKey(r.scope, r.instance, r.symbol), r);
            const type = r.armType ?? ARM_TYPE_OF_KIND[r.kind];
            const name = r.name?.t === 'str' ? r.name.value : undefined;
            if (type && name && !(0,placeholder/* isPlaceholder */.w)(name)) {
                const key = `${lower(type)}|${lower(name)}`;
                const list = this.byTypeName.get(key) ?? [];
                list.push(r);
                this.byTypeName.set(key, list);
            }
        }
        this.customRoles = indexCustomRoles(this.of('roleDefinition'));
        this.assignments = model.resources.filter((r) => r.kind === 'roleAssignment').map((r) => this.normaliseAssignment(r));
    }
    /** The resources of one kind (indexed once: rules call this per resource). */
    of(kind) {
        return this.byKind.get(kind) ?? [];
    }
    /**
     * The resources of one kind whose key (lower-cased by the caller, e.g. a name) is `value`.
     * Indexed once per kind and key name: a rule looking up by name per resource stays linear.
     */
    keyed(kind, keyName, keyOf, value) {
        const id = `${kind}|${keyName}`;
        let index = this.keyIndexes.get(id);
        if (!index) {
            index = new Map();
            for (const r of this.of(kind)) {
                const k = keyOf(r);
                if (k === undefined)
                    continue;
                const list = index.get(k);
                if (list)
                    list.push(r);
                else
                    index.set(k, [r]);
            }
            this.keyIndexes.set(id, index);
        }
        return index.get(value) ?? [];
    }
    /** The resources of one kind with this literal name, compared case-insensitively. */
    withName(kind, name) {
        return this.keyed(kind, 'name', (r) => (r.name?.t === 'str' ? r.name.value.toLowerCase() : undefined), name.toLowerCase());
    }
    /** A resource by ARM type and name; several with the same name stay ambiguous (unknown). */
    find(type, name, near) {
        const list = this.byTypeName.get(`${lower(type)}|${lower(name)}`) ?? [];
        const distinct = dedupe(list);
        if (distinct.length === 1)
            return { state: 'found', resource: distinct[0] };
        if (distinct.length > 1) {
            const local = near ? distinct.filter((r) => r.file === near.file) : [];
            if (local.length === 1)
                return { state: 'found', resource: local[0] };
            return { state: 'unknown', why: `${distinct.length} resources named ${name}` };
        }
        return { state: 'external', type, name };
    }
    /** Follows a value that names a resource: a reference, or a resource ID string. */
    resolve(v, near) {
        if (!v || v.t === 'null')
            return { state: 'unknown', why: 'not given' };
        if (v.t === 'unknown')
            return v.ref ? this.resolveRef(v.ref, near) : { state: 'unknown', why: v.why };
        if (v.t !== 'str')
            return { state: 'unknown', why: 'not a resource ID' };
        const id = (0,resource_id/* parseResourceId */.R)(v.value);
        if (!id || id.kind !== 'resource' || !id.type || !id.name || (0,placeholder/* isPlaceholder */.w)(id.name))
            return { state: 'unknown', why: `cannot read a resource ID from '${v.value}'` };
        return this.find(id.type, id.name, near);
    }
    resolveRef(ref, near) {
        const key = ref.symbol && ref.scope ? symbolKey(ref.scope, ref.instance, ref.symbol) : undefined;
        if (key) {
            const hit = this.bySymbol.get(key);
            if (hit)
                return { state: 'found', resource: hit };
        }
        if (ref.type && ref.name && !(0,placeholder/* isPlaceholder */.w)(ref.name))
            return this.find(ref.type, ref.name, near);
        // A symbol the reader declared but the model does not hold (a kind no rule reads, or an
        // `existing` resource whose name is a parameter): its type is known, and two references
        // through the same symbol are the same resource.
        if (key && ref.type)
            return { state: 'external', type: ref.type, key };
        return { state: 'unknown', why: 'reference to a resource whose name is not known' };
    }
    /** The workspace an AML document or child resource belongs to. */
    workspaceOf(r) {
        if (r.kind === 'workspace')
            return { state: 'found', resource: r };
        const parent = r.format === 'aml-yaml' ? undefined : this.parentWorkspace(r);
        if (parent)
            return parent;
        const bound = this.bindings.find((b) => b.matchers.some((m) => m.match(r.file)));
        if (bound)
            return this.find(ARM_TYPE_OF_KIND.workspace, bound.name, r);
        const all = (this.workspaces ??= dedupe(this.of('workspace')));
        if (all.length === 1)
            return { state: 'found', resource: all[0] };
        return { state: 'unknown', why: all.length ? 'several workspaces and no `workspaces:` binding in the configuration' : 'no workspace declared' };
    }
    /** IaC children: ARM/Bicep name them `<workspace>/<child>`; Terraform links them by workspace ID. */
    parentWorkspace(r) {
        const full = r.props.fullName;
        if (full?.t === 'str' && full.value.includes('/'))
            return this.find(ARM_TYPE_OF_KIND.workspace, full.value.split('/')[0], r);
        const linked = r.props.workspace ? this.resolve(r.props.workspace, r) : undefined;
        // An unresolvable link falls back to the configuration or the only workspace, like AML YAML.
        return linked?.state === 'unknown' ? undefined : linked;
    }
    /** The principal a role assignment's `principalId` names. */
    principalOf(v, near) {
        // A literal object ID is some principal created outside this deployment: never the identity a rule asks about.
        if (v?.t === 'str' && GUID.test(v.value.trim()))
            return { state: 'external', type: 'objectId', name: v.value.trim().toLowerCase() };
        if (!v || v.t !== 'unknown' || !v.ref)
            return { state: 'unknown', why: 'principal given as a value not known statically' };
        const ref = v.ref;
        const t = this.resolveRef({ ...ref, property: undefined }, near);
        const kind = t.state === 'found' ? t.resource.kind : ref.type ? (0,arm_shape/* kindOfArmType */.QP)(ref.type) : undefined;
        // A user-assigned identity or an Entra service principal is the principal itself; anything else acts through its system identity.
        const system = kind !== 'userAssignedIdentity' && kind !== 'servicePrincipal';
        if (t.state === 'found')
            return { state: 'found', resource: t.resource, system };
        if (t.state === 'external')
            return externalPrincipal(t);
        return { state: 'unknown', why: t.why };
    }
    normaliseAssignment(r) {
        return { resource: r, role: this.roleOf(r.props.roleDefinitionId ?? r.props.roleDefinitionName), principal: this.principalOf(r.props.principalId, r), scope: this.scopeOf(r) };
    }
    /**
     * The role an assignment names: a name, GUID or role-definition ID (built-in or declared here),
     * a reference to a role definition declared in the repository (`customRole.id`,
     * `azurerm_role_definition.x.role_definition_resource_id`), or `resourceId('…/roleDefinitions', '<guid>')`.
     */
    roleOf(v) {
        if (!v)
            return { state: 'unknown', why: 'no role given' };
        if (v.t === 'str')
            return (0,roles/* resolveRole */.fy)(v.value, this.customRoles);
        if (v.t === 'unknown' && v.ref) {
            const hit = v.ref.symbol && v.ref.scope ? this.bySymbol.get(symbolKey(v.ref.scope, v.ref.instance, v.ref.symbol)) : undefined;
            const role = hit?.kind === 'roleDefinition' ? customRoleOf(hit) : undefined;
            if (role)
                return { state: 'known', role };
            if (v.ref.type && /roleDefinitions$/i.test(v.ref.type) && v.ref.name)
                return (0,roles/* resolveRole */.fy)(v.ref.name, this.customRoles);
        }
        return { state: 'unknown', why: v.t === 'unknown' ? v.why : 'role is not a string' };
    }
    scopeOf(r) {
        const v = r.props.scope;
        if (!v) {
            // ARM and Bicep assignments without scope apply to the deployment's resource group.
            if (r.format === 'arm' || r.format === 'bicep')
                return { kind: 'resourceGroup', file: r.file, deployGroup: r.resourceGroup };
            return { kind: 'unknown', why: 'no scope given' };
        }
        if (v.t === 'unknown' && v.ref?.type) {
            if (/^Microsoft\.Resources\/resourceGroups$/i.test(v.ref.type)) {
                // A Terraform group is known by its declaration even when its name is not.
                if (v.ref.symbol && r.format === 'terraform')
                    return { kind: 'resourceGroup', name: v.ref.name, group: v.ref };
                return v.ref.name ? { kind: 'resourceGroup', name: v.ref.name, deployGroup: v.ref.name } : { kind: 'resourceGroup', file: r.file, deployGroup: r.resourceGroup };
            }
            if (/^Microsoft\.Resources\/subscriptions$/i.test(v.ref.type))
                return { kind: 'subscription' };
            if (/^Microsoft\.Management\/managementGroups$/i.test(v.ref.type))
                return { kind: 'managementGroup', name: v.ref.name };
        }
        if (v.t === 'str') {
            const group = MANAGEMENT_GROUP.exec(v.value.trim());
            if (group)
                return { kind: 'managementGroup', name: (0,placeholder/* isPlaceholder */.w)(group[1]) ? undefined : group[1] };
            const id = (0,resource_id/* parseResourceId */.R)(v.value);
            if (id?.kind === 'subscription')
                return { kind: 'subscription' };
            if (id?.kind === 'resourceGroup')
                return { kind: 'resourceGroup', name: (0,placeholder/* isPlaceholder */.w)(id.resourceGroup ?? '') ? undefined : id.resourceGroup };
            const rel = r.format === 'arm' ? (0,resource_id/* parseRelativeScope */.M)(v.value) : undefined;
            if (rel?.type && rel.name && !(0,placeholder/* isPlaceholder */.w)(rel.name))
                return { kind: 'resource', target: this.find(rel.type, rel.name, r) };
        }
        const t = this.resolve(v, r);
        if (t.state === 'unknown')
            return { kind: 'unknown', why: t.why };
        return { kind: 'resource', target: t };
    }
    /**
     * Does `who` hold every permission of `need` (a requirement, or a built-in role's name) on `on`,
     * as Azure evaluates it: the union of the roles assigned to it at scopes covering `on`? True when
     * the assignments that surely apply grant it, unknown when one that might apply (principal, scope
     * or role not resolved) could, false otherwise.
     */
    hasRole(who, need, on) {
        const req = typeof need === 'string' ? (0,roles/* requireRole */.cl)(need) : need;
        const definite = [];
        const possible = [];
        for (const a of this.assignments) {
            const p = samePrincipal(a.principal, who);
            if (p === false)
                continue;
            const s = this.covers(a.scope, on, a.resource);
            if (s === false)
                continue;
            const role = a.role.state === 'known' ? a.role.role : undefined;
            if (p === true && s === true && role && !a.resource.maybeDeployed)
                definite.push(role);
            else
                possible.push(role);
        }
        const g = grants(definite, req, possible);
        return g === 'yes' ? true : g === 'no' ? false : 'unknown';
    }
    /**
     * Does a resource-group scope hold the target? Known when both resource groups are known (by
     * name, or as the same deployment's); a template's own resource group holds what it deploys.
     */
    groupHolds(scope, on) {
        if (on.state !== 'found')
            return 'unknown';
        const mine = scope.deployGroup?.toLowerCase();
        const theirs = on.resource.resourceGroup?.toLowerCase();
        if (!mine || !theirs)
            return 'unknown';
        if (mine === theirs)
            return true;
        return !mine.startsWith('@') && !theirs.startsWith('@') ? false : 'unknown';
    }
    covers(scope, on, assignment) {
        switch (scope.kind) {
            case 'subscription':
                return true;
            case 'unknown':
            case 'managementGroup':
                return 'unknown';
            case 'resourceGroup': {
                // Both resource groups known from the deployments (ARM, Bicep): they are the same or not.
                const known = this.groupHolds(scope, on);
                if (known !== 'unknown')
                    return known;
                // The deployment's own resource group holds what the same template deploys.
                if (on.state === 'found' && scope.file && on.resource.file === scope.file && on.resource.format === assignment.format)
                    return true;
                // A group named in the assignment holds the resources declared with that group's name, in any file.
                const group = on.state === 'found' ? on.resource.props.resourceGroup : undefined;
                if (scope.name && group?.t === 'str' && !(0,placeholder/* isPlaceholder */.w)(group.value) && !(0,placeholder/* isPlaceholder */.w)(scope.name))
                    return lower(group.value) === lower(scope.name);
                if (scope.group?.symbol && group?.t === 'unknown' && group.ref?.symbol && sameRef(scope.group, group.ref))
                    return true;
                return 'unknown';
            }
            case 'resource':
                return sameTarget(scope.target, on);
        }
    }
}
function sameRef(a, b) {
    return a.scope === b.scope && a.instance === b.instance && a.symbol === b.symbol;
}
/** Module and standalone reads of one file yield the same declaration twice: keep one per place. */
function dedupe(list) {
    const seen = new Map();
    for (const r of list) {
        const key = `${r.file}:${r.decl.range.start.line}:${r.decl.range.start.column}#${r.instance ?? ''}`;
        if (!seen.has(key))
            seen.set(key, r);
    }
    return [...seen.values()];
}
function sameTarget(a, b) {
    if (a.state === 'unknown' || b.state === 'unknown')
        return 'unknown';
    if (a.state === 'found' && b.state === 'found')
        return a.resource === b.resource || sameDecl(a.resource, b.resource) ? true : false;
    if (a.state === 'external' && b.state === 'external')
        return sameExternal(a, b, true);
    const [ext, found] = a.state === 'external' ? [a, b] : [b, a];
    // Some resource of the same type whose name is not known may be this one.
    if (ext.state === 'external' && found.state === 'found' && !ext.name && ext.type && lower(ext.type) === lower(typeOf(found.resource) ?? ''))
        return 'unknown';
    return false;
}
/** Two resources declared outside the repository (or known only by type and symbol). */
function sameExternal(a, b, needType) {
    if (a.type && b.type && lower(a.type) !== lower(b.type))
        return false;
    if (a.key && a.key === b.key)
        return true;
    if (!a.name || !b.name || (needType && (!a.type || !b.type)))
        return 'unknown';
    return lower(a.name) === lower(b.name);
}
function typeOf(r) {
    return r.armType ?? ARM_TYPE_OF_KIND[r.kind];
}
function externalPrincipal(t) {
    const p = { state: 'external', type: t.type, name: t.name };
    if (t.key)
        p.key = t.key;
    return p;
}
/** Graph key of a symbol: two instances of one declaration never collapse. */
function symbolKey(scope, instance, symbol) {
    return `${scope}#${instance ?? ''}#${symbol}`;
}
function sameDecl(a, b) {
    return a.file === b.file && a.instance === b.instance && a.decl.range.start.line === b.decl.range.start.line && a.decl.range.start.column === b.decl.range.start.column;
}
function samePrincipal(a, b) {
    if (a.state === 'unknown' || b.state === 'unknown')
        return 'unknown';
    if (a.state === 'found' && b.state === 'found')
        return (a.resource === b.resource || sameDecl(a.resource, b.resource)) && a.system === b.system;
    if (a.state === 'external' && b.state === 'external')
        return sameExternal(a, b, false);
    const [ext, found] = a.state === 'external' ? [a, b] : [b, a];
    if (ext.state === 'external' && found.state === 'found' && !ext.name && ext.type && lower(ext.type) === lower(typeOf(found.resource) ?? ''))
        return 'unknown';
    return false;
}
/** A user-assigned identity (or a resource's system identity) reached through a reference, as a principal. */
function asPrincipal(t, system = false) {
    if (t.state === 'found')
        return { state: 'found', resource: t.resource, system };
    if (t.state === 'external')
        return externalPrincipal(t);
    return { state: 'unknown', why: t.why };
}
/** How messages name a target. */
function targetName(t) {
    if (t.state === 'found')
        return t.resource.name?.t === 'str' ? t.resource.name.value : '(unnamed)';
    if (t.state === 'external')
        return t.name ?? '(external)';
    return '(unknown)';
}
//# sourceMappingURL=graph.js.map

/***/ }),

/***/ 7142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ BUILTIN_ROLES)
/* harmony export */ });
/* unused harmony export SOURCE */
const p = (actions, notActions = [], dataActions = [], notDataActions = []) => [{ actions, notActions, dataActions, notDataActions }];
const SOURCE = 'Microsoft Learn, Azure built-in roles (per-category pages), retrieved 2026-12';
const BUILTIN_ROLES = [
    // Privileged (privileged.md, ms.date 07/01/2026)
    { id: 'b24988ac-6180-42a0-ab88-20f7382dd24c', roleName: 'Contributor', category: 'privileged', permissions: p(['*'], ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action', 'Microsoft.Blueprint/blueprintAssignments/write', 'Microsoft.Blueprint/blueprintAssignments/delete', 'Microsoft.Compute/galleries/share/action', 'Microsoft.Purview/consents/write', 'Microsoft.Purview/consents/delete', 'Microsoft.Resources/deploymentStacks/manageDenySetting/action', 'Microsoft.Subscription/cancel/action', 'Microsoft.Subscription/enable/action']) },
    { id: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', roleName: 'Owner', category: 'privileged', permissions: p(['*']) },
    { id: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168', roleName: 'Role Based Access Control Administrator', category: 'privileged', permissions: p(['Microsoft.Authorization/roleAssignments/write', 'Microsoft.Authorization/roleAssignments/delete', '*/read', 'Microsoft.Support/*']) },
    { id: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', roleName: 'User Access Administrator', category: 'privileged', permissions: p(['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*']) },
    // General (general.md)
    { id: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', roleName: 'Reader', category: 'general', permissions: p(['*/read']) },
    // AI + machine learning (ai-machine-learning.md, ms.date 12/12/2024)
    { id: 'b78c5d69-af96-48a3-bf8d-a8b4d589de94', roleName: 'Azure AI Administrator', category: 'ai', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.CognitiveServices/*', 'Microsoft.ContainerRegistry/registries/*', 'Microsoft.DocumentDb/databaseAccounts/*', 'Microsoft.Features/features/read', 'Microsoft.Features/providers/features/read', 'Microsoft.Features/providers/features/register/action', 'Microsoft.Insights/alertRules/*', 'Microsoft.Insights/components/*', 'Microsoft.Insights/diagnosticSettings/*', 'Microsoft.Insights/generateLiveToken/read', 'Microsoft.Insights/logDefinitions/read', 'Microsoft.Insights/metricAlerts/*', 'Microsoft.Insights/metricdefinitions/read', 'Microsoft.Insights/metrics/read', 'Microsoft.Insights/scheduledqueryrules/*', 'Microsoft.Insights/topology/read', 'Microsoft.Insights/transactions/read', 'Microsoft.Insights/webtests/*', 'Microsoft.KeyVault/*', 'Microsoft.MachineLearningServices/workspaces/*', 'Microsoft.Network/virtualNetworks/subnets/joinViaServiceEndpoint/action', 'Microsoft.ResourceHealth/availabilityStatuses/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/deployments/operations/read', 'Microsoft.Resources/subscriptions/operationresults/read', 'Microsoft.Resources/subscriptions/read', 'Microsoft.Resources/subscriptions/resourcegroups/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Resources/subscriptions/resourceGroups/write', 'Microsoft.Storage/storageAccounts/*', 'Microsoft.Support/*', 'Microsoft.Search/searchServices/write', 'Microsoft.Search/searchServices/read', 'Microsoft.Search/searchServices/delete']), partial: true, note: 'ARM role definition as mirrored at azure-rbac-catalog.org, read only in part: the rest of its actions, notActions and dataActions are not known' },
    { id: '64702f94-c441-49e6-a78b-ef80e0188fee', roleName: 'Azure AI Developer', category: 'ai', permissions: p(['Microsoft.MachineLearningServices/workspaces/*/read', 'Microsoft.MachineLearningServices/workspaces/*/action', 'Microsoft.MachineLearningServices/workspaces/*/delete', 'Microsoft.MachineLearningServices/workspaces/*/write', 'Microsoft.MachineLearningServices/locations/*/read', 'Microsoft.Authorization/*/read', 'Microsoft.Resources/deployments/*'], ['Microsoft.MachineLearningServices/workspaces/delete', 'Microsoft.MachineLearningServices/workspaces/write', 'Microsoft.MachineLearningServices/workspaces/listKeys/action', 'Microsoft.MachineLearningServices/workspaces/hubs/write', 'Microsoft.MachineLearningServices/workspaces/hubs/delete', 'Microsoft.MachineLearningServices/workspaces/featurestores/write', 'Microsoft.MachineLearningServices/workspaces/featurestores/delete'], ['Microsoft.CognitiveServices/accounts/OpenAI/*', 'Microsoft.CognitiveServices/accounts/SpeechServices/*', 'Microsoft.CognitiveServices/accounts/ContentSafety/*']) },
    { id: 'b556d68e-0be0-4f35-a333-ad7ee1ce17ea', roleName: 'Azure AI Enterprise Network Connection Approver', category: 'ai', permissions: p(['Microsoft.ContainerRegistry/registries/privateEndpointConnectionsApproval/action', 'Microsoft.ContainerRegistry/registries/privateEndpointConnections/read', 'Microsoft.ContainerRegistry/registries/privateEndpointConnections/write', 'Microsoft.Cache/redis/read', 'Microsoft.Cache/redis/privateEndpointConnections/read', 'Microsoft.Cache/redis/privateEndpointConnections/write', 'Microsoft.Cache/redis/privateLinkResources/read', 'Microsoft.Cache/redis/privateEndpointConnectionsApproval/action', 'Microsoft.Cache/redisEnterprise/read', 'Microsoft.Cache/redisEnterprise/privateEndpointConnections/read', 'Microsoft.Cache/redisEnterprise/privateEndpointConnections/write', 'Microsoft.Cache/redisEnterprise/privateLinkResources/read', 'Microsoft.Cache/redisEnterprise/privateEndpointConnectionsApproval/action', 'Microsoft.CognitiveServices/accounts/read', 'Microsoft.CognitiveServices/accounts/privateEndpointConnections/read', 'Microsoft.CognitiveServices/accounts/privateEndpointConnections/write', 'Microsoft.CognitiveServices/accounts/privateLinkResources/read', 'Microsoft.DocumentDB/databaseAccounts/privateEndpointConnectionsApproval/action', 'Microsoft.DocumentDB/databaseAccounts/privateEndpointConnections/read', 'Microsoft.DocumentDB/databaseAccounts/privateEndpointConnections/write', 'Microsoft.DocumentDB/databaseAccounts/privateLinkResources/read', 'Microsoft.DocumentDB/databaseAccounts/read', 'Microsoft.KeyVault/vaults/privateEndpointConnectionsApproval/action', 'Microsoft.KeyVault/vaults/privateEndpointConnections/read', 'Microsoft.KeyVault/vaults/privateEndpointConnections/write', 'Microsoft.KeyVault/vaults/privateLinkResources/read', 'Microsoft.KeyVault/vaults/read', 'Microsoft.MachineLearningServices/workspaces/privateEndpointConnectionsApproval/action', 'Microsoft.MachineLearningServices/workspaces/privateEndpointConnections/read', 'Microsoft.MachineLearningServices/workspaces/privateEndpointConnections/write', 'Microsoft.MachineLearningServices/workspaces/privateLinkResources/read', 'Microsoft.MachineLearningServices/workspaces/read', 'Microsoft.Storage/storageAccounts/privateEndpointConnections/read', 'Microsoft.Storage/storageAccounts/privateEndpointConnections/write', 'Microsoft.Storage/storageAccounts/privateLinkResources/read', 'Microsoft.Storage/storageAccounts/read', 'Microsoft.Sql/servers/privateEndpointConnectionsApproval/action', 'Microsoft.Sql/servers/privateEndpointConnections/read', 'Microsoft.Sql/servers/privateEndpointConnections/write', 'Microsoft.Sql/servers/privateLinkResources/read', 'Microsoft.Sql/servers/read']) },
    { id: '3afb7f49-54cb-416e-8c09-6dc049efa503', roleName: 'Azure AI Inference Deployment Operator', category: 'ai', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Insights/AutoscaleSettings/write']) },
    { id: 'ea01e6af-a1c1-4350-9563-ad00f8c72ec5', roleName: 'Azure Machine Learning Workspace Connection Secrets Reader', category: 'ai', permissions: p(['Microsoft.MachineLearningServices/workspaces/connections/listsecrets/action', 'Microsoft.MachineLearningServices/workspaces/metadata/secrets/read']), note: 'ARM role definition as mirrored at azure-rbac-catalog.org (not in the Learn index)' },
    { id: 'e503ece1-11d0-4e8e-8e2c-7a6c3bf38815', roleName: 'AzureML Compute Operator', category: 'ai', permissions: p(['Microsoft.MachineLearningServices/workspaces/computes/*', 'Microsoft.MachineLearningServices/workspaces/notebooks/vm/*']) },
    { id: 'f6c7c914-8db3-469d-8ca1-694a8f32e121', roleName: 'AzureML Data Scientist', category: 'ai', permissions: p(['Microsoft.MachineLearningServices/workspaces/*/read', 'Microsoft.MachineLearningServices/workspaces/*/action', 'Microsoft.MachineLearningServices/workspaces/*/delete', 'Microsoft.MachineLearningServices/workspaces/*/write'], ['Microsoft.MachineLearningServices/workspaces/delete', 'Microsoft.MachineLearningServices/workspaces/write', 'Microsoft.MachineLearningServices/workspaces/computes/*/write', 'Microsoft.MachineLearningServices/workspaces/computes/*/delete', 'Microsoft.MachineLearningServices/workspaces/computes/listKeys/action', 'Microsoft.MachineLearningServices/workspaces/listKeys/action', 'Microsoft.MachineLearningServices/workspaces/hubs/write', 'Microsoft.MachineLearningServices/workspaces/hubs/delete', 'Microsoft.MachineLearningServices/workspaces/featurestores/write', 'Microsoft.MachineLearningServices/workspaces/featurestores/delete']) },
    { id: '635dd51f-9968-44d3-b7fb-6d9a6bd613ae', roleName: 'AzureML Metrics Writer (preview)', category: 'ai', permissions: p(['Microsoft.MachineLearningServices/workspaces/metrics/*/write']) },
    { id: '1823dd4f-9b8c-4ab6-ab4e-7397a3684615', roleName: 'AzureML Registry User', category: 'ai', permissions: p(['Microsoft.MachineLearningServices/registries/read', 'Microsoft.MachineLearningServices/registries/assets/*']) },
    // Containers (containers.md, ms.date 01/25/2025; AKS roles from ms.date 06/30/2025)
    { id: 'c2f4ef07-c644-48eb-af81-4b1b4947fb11', roleName: 'AcrDelete', category: 'containers', permissions: p(['Microsoft.ContainerRegistry/registries/artifacts/delete']) },
    { id: '6cef56e8-d556-48e5-a04f-b8e64114680f', roleName: 'AcrImageSigner', category: 'containers', permissions: p(['Microsoft.ContainerRegistry/registries/sign/write'], [], ['Microsoft.ContainerRegistry/registries/trustedCollections/write']) },
    { id: '7f951dda-4ed3-4680-a7ca-43fe172d538d', roleName: 'AcrPull', category: 'containers', permissions: p(['Microsoft.ContainerRegistry/registries/pull/read']) },
    { id: '8311e382-0749-4cb8-b61a-304f252e45ec', roleName: 'AcrPush', category: 'containers', permissions: p(['Microsoft.ContainerRegistry/registries/pull/read', 'Microsoft.ContainerRegistry/registries/push/write']) },
    { id: 'cdda3590-29a3-44f6-95f2-9f980659eb04', roleName: 'AcrQuarantineReader', category: 'containers', permissions: p(['Microsoft.ContainerRegistry/registries/quarantine/read'], [], ['Microsoft.ContainerRegistry/registries/quarantinedArtifacts/read']) },
    { id: 'c8d4ff99-41c3-41a8-9f60-21dfdad59608', roleName: 'AcrQuarantineWriter', category: 'containers', permissions: p(['Microsoft.ContainerRegistry/registries/quarantine/read', 'Microsoft.ContainerRegistry/registries/quarantine/write'], [], ['Microsoft.ContainerRegistry/registries/quarantinedArtifacts/read', 'Microsoft.ContainerRegistry/registries/quarantinedArtifacts/write']) },
    { id: '0ab0b1a8-8aac-4efd-b8c2-3ee1fb270be8', roleName: 'Azure Kubernetes Service Cluster Admin Role', category: 'containers', permissions: p(['Microsoft.ContainerService/managedClusters/listClusterAdminCredential/action', 'Microsoft.ContainerService/managedClusters/accessProfiles/listCredential/action', 'Microsoft.ContainerService/managedClusters/read', 'Microsoft.ContainerService/managedClusters/runcommand/action']) },
    { id: '4abbcc35-e782-43d8-92c5-2d3f1bd2253f', roleName: 'Azure Kubernetes Service Cluster User Role', category: 'containers', permissions: p(['Microsoft.ContainerService/managedClusters/listClusterUserCredential/action', 'Microsoft.ContainerService/managedClusters/read']) },
    { id: 'ed7f3fbd-7b88-4dd4-9017-9adb7ce333f8', roleName: 'Azure Kubernetes Service Contributor Role', category: 'containers', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.ContainerService/locations/*', 'Microsoft.ContainerService/managedClusters/*', 'Microsoft.ContainerService/managedclustersnapshots/*', 'Microsoft.ContainerService/snapshots/*', 'Microsoft.Insights/alertRules/*', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read']) },
    { id: '3498e952-d568-435e-9b2c-8d77e338d7f7', roleName: 'Azure Kubernetes Service RBAC Admin', category: 'containers', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Resources/subscriptions/operationresults/read', 'Microsoft.Resources/subscriptions/read', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.ContainerService/managedClusters/listClusterUserCredential/action'], [], ['Microsoft.ContainerService/managedClusters/*'], ['Microsoft.ContainerService/managedClusters/resourcequotas/write', 'Microsoft.ContainerService/managedClusters/resourcequotas/delete', 'Microsoft.ContainerService/managedClusters/namespaces/write', 'Microsoft.ContainerService/managedClusters/namespaces/delete']) },
    { id: 'b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b', roleName: 'Azure Kubernetes Service RBAC Cluster Admin', category: 'containers', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Resources/subscriptions/operationresults/read', 'Microsoft.Resources/subscriptions/read', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.ContainerService/managedClusters/listClusterUserCredential/action'], [], ['Microsoft.ContainerService/managedClusters/*']) },
    { id: '7f6c6a51-bcf8-42ba-9220-52d62157d7db', roleName: 'Azure Kubernetes Service RBAC Reader', category: 'containers', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Resources/subscriptions/operationresults/read', 'Microsoft.Resources/subscriptions/read', 'Microsoft.Resources/subscriptions/resourceGroups/read'], [], ['Microsoft.ContainerService/managedClusters/apps/controllerrevisions/read', 'Microsoft.ContainerService/managedClusters/apps/daemonsets/read', 'Microsoft.ContainerService/managedClusters/apps/deployments/read', 'Microsoft.ContainerService/managedClusters/apps/replicasets/read', 'Microsoft.ContainerService/managedClusters/apps/statefulsets/read', 'Microsoft.ContainerService/managedClusters/autoscaling/horizontalpodautoscalers/read', 'Microsoft.ContainerService/managedClusters/batch/cronjobs/read', 'Microsoft.ContainerService/managedClusters/batch/jobs/read', 'Microsoft.ContainerService/managedClusters/configmaps/read', 'Microsoft.ContainerService/managedClusters/discovery.k8s.io/endpointslices/read', 'Microsoft.ContainerService/managedClusters/endpoints/read', 'Microsoft.ContainerService/managedClusters/events.k8s.io/events/read', 'Microsoft.ContainerService/managedClusters/events/read', 'Microsoft.ContainerService/managedClusters/extensions/daemonsets/read', 'Microsoft.ContainerService/managedClusters/extensions/deployments/read', 'Microsoft.ContainerService/managedClusters/extensions/ingresses/read', 'Microsoft.ContainerService/managedClusters/extensions/networkpolicies/read', 'Microsoft.ContainerService/managedClusters/extensions/replicasets/read', 'Microsoft.ContainerService/managedClusters/limitranges/read', 'Microsoft.ContainerService/managedClusters/metrics.k8s.io/pods/read', 'Microsoft.ContainerService/managedClusters/metrics.k8s.io/nodes/read', 'Microsoft.ContainerService/managedClusters/namespaces/read', 'Microsoft.ContainerService/managedClusters/networking.k8s.io/ingresses/read', 'Microsoft.ContainerService/managedClusters/networking.k8s.io/networkpolicies/read', 'Microsoft.ContainerService/managedClusters/persistentvolumeclaims/read', 'Microsoft.ContainerService/managedClusters/pods/read', 'Microsoft.ContainerService/managedClusters/policy/poddisruptionbudgets/read', 'Microsoft.ContainerService/managedClusters/replicationcontrollers/read', 'Microsoft.ContainerService/managedClusters/resourcequotas/read', 'Microsoft.ContainerService/managedClusters/serviceaccounts/read', 'Microsoft.ContainerService/managedClusters/services/read']) },
    { id: 'a7ffa36f-339b-4b5c-8bdf-e2c188b2c0eb', roleName: 'Azure Kubernetes Service RBAC Writer', category: 'containers', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Resources/subscriptions/operationresults/read', 'Microsoft.Resources/subscriptions/read', 'Microsoft.Resources/subscriptions/resourceGroups/read'], [], ['Microsoft.ContainerService/managedClusters/apps/controllerrevisions/read', 'Microsoft.ContainerService/managedClusters/apps/daemonsets/*', 'Microsoft.ContainerService/managedClusters/apps/deployments/*', 'Microsoft.ContainerService/managedClusters/apps/replicasets/*', 'Microsoft.ContainerService/managedClusters/apps/statefulsets/*', 'Microsoft.ContainerService/managedClusters/autoscaling/horizontalpodautoscalers/*', 'Microsoft.ContainerService/managedClusters/batch/cronjobs/*', 'Microsoft.ContainerService/managedClusters/coordination.k8s.io/leases/read', 'Microsoft.ContainerService/managedClusters/coordination.k8s.io/leases/write', 'Microsoft.ContainerService/managedClusters/coordination.k8s.io/leases/delete', 'Microsoft.ContainerService/managedClusters/discovery.k8s.io/endpointslices/read', 'Microsoft.ContainerService/managedClusters/batch/jobs/*', 'Microsoft.ContainerService/managedClusters/configmaps/*', 'Microsoft.ContainerService/managedClusters/endpoints/*', 'Microsoft.ContainerService/managedClusters/events.k8s.io/events/read', 'Microsoft.ContainerService/managedClusters/events/*', 'Microsoft.ContainerService/managedClusters/extensions/daemonsets/*', 'Microsoft.ContainerService/managedClusters/extensions/deployments/*', 'Microsoft.ContainerService/managedClusters/extensions/ingresses/*', 'Microsoft.ContainerService/managedClusters/extensions/networkpolicies/*', 'Microsoft.ContainerService/managedClusters/extensions/replicasets/*', 'Microsoft.ContainerService/managedClusters/limitranges/read', 'Microsoft.ContainerService/managedClusters/metrics.k8s.io/pods/read', 'Microsoft.ContainerService/managedClusters/metrics.k8s.io/nodes/read', 'Microsoft.ContainerService/managedClusters/namespaces/read', 'Microsoft.ContainerService/managedClusters/networking.k8s.io/ingresses/*', 'Microsoft.ContainerService/managedClusters/networking.k8s.io/networkpolicies/*', 'Microsoft.ContainerService/managedClusters/persistentvolumeclaims/*', 'Microsoft.ContainerService/managedClusters/pods/*', 'Microsoft.ContainerService/managedClusters/policy/poddisruptionbudgets/*', 'Microsoft.ContainerService/managedClusters/replicationcontrollers/*', 'Microsoft.ContainerService/managedClusters/resourcequotas/read', 'Microsoft.ContainerService/managedClusters/secrets/*', 'Microsoft.ContainerService/managedClusters/serviceaccounts/*', 'Microsoft.ContainerService/managedClusters/services/*']) },
    // Container Registry roles (containers.md, ms.date 06/30/2025)
    { id: '3bc748fc-213d-45c1-8d91-9da5725539b9', roleName: 'Container Registry Contributor and Data Access Configuration Administrator', category: 'containers', permissions: p(['Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.ContainerRegistry/registries/operationStatuses/read', 'Microsoft.ContainerRegistry/registries/read', 'Microsoft.ContainerRegistry/registries/write', 'Microsoft.ContainerRegistry/registries/delete', 'Microsoft.ContainerRegistry/registries/listCredentials/action', 'Microsoft.ContainerRegistry/registries/regenerateCredential/action', 'Microsoft.ContainerRegistry/registries/generateCredentials/action', 'Microsoft.ContainerRegistry/registries/replications/read', 'Microsoft.ContainerRegistry/registries/replications/write', 'Microsoft.ContainerRegistry/registries/replications/delete', 'Microsoft.ContainerRegistry/registries/replications/operationStatuses/read', 'Microsoft.ContainerRegistry/registries/privateEndpointConnectionsApproval/action', 'Microsoft.ContainerRegistry/registries/privateEndpointConnections/read', 'Microsoft.ContainerRegistry/registries/privateEndpointConnections/write', 'Microsoft.ContainerRegistry/registries/privateEndpointConnections/delete', 'Microsoft.ContainerRegistry/registries/privateEndpointConnections/operationStatuses/read', 'Microsoft.ContainerRegistry/registries/tokens/read', 'Microsoft.ContainerRegistry/registries/tokens/write', 'Microsoft.ContainerRegistry/registries/tokens/delete', 'Microsoft.ContainerRegistry/registries/tokens/operationStatuses/read', 'Microsoft.ContainerRegistry/registries/scopeMaps/read', 'Microsoft.ContainerRegistry/registries/scopeMaps/write', 'Microsoft.ContainerRegistry/registries/scopeMaps/delete', 'Microsoft.ContainerRegistry/registries/scopeMaps/operationStatuses/read', 'Microsoft.ContainerRegistry/registries/providers/Microsoft.Insights/diagnosticSettings/read', 'Microsoft.ContainerRegistry/registries/providers/Microsoft.Insights/diagnosticSettings/write', 'Microsoft.ContainerRegistry/registries/providers/Microsoft.Insights/logDefinitions/read', 'Microsoft.ContainerRegistry/registries/providers/Microsoft.Insights/metricDefinitions/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Authorization/*/read', 'Microsoft.ContainerRegistry/registries/connectedRegistries/read', 'Microsoft.ContainerRegistry/registries/connectedRegistries/write', 'Microsoft.ContainerRegistry/registries/connectedRegistries/delete', 'Microsoft.ContainerRegistry/registries/connectedRegistries/deactivate/action', 'Microsoft.ContainerRegistry/registries/webhooks/read', 'Microsoft.ContainerRegistry/registries/webhooks/write', 'Microsoft.ContainerRegistry/registries/webhooks/delete', 'Microsoft.ContainerRegistry/registries/webhooks/getCallbackConfig/action', 'Microsoft.ContainerRegistry/registries/webhooks/ping/action', 'Microsoft.ContainerRegistry/registries/webhooks/listEvents/action', 'Microsoft.ContainerRegistry/registries/webhooks/operationStatuses/read', 'Microsoft.Insights/AlertRules/Write', 'Microsoft.Insights/AlertRules/Delete', 'Microsoft.Insights/AlertRules/Read', 'Microsoft.Insights/AlertRules/Activated/Action', 'Microsoft.Insights/AlertRules/Resolved/Action', 'Microsoft.Insights/AlertRules/Throttled/Action', 'Microsoft.Insights/AlertRules/Incidents/Read', 'Microsoft.ContainerRegistry/locations/operationResults/read', 'Microsoft.Network/virtualNetworks/subnets/joinViaServiceEndpoint/action', 'Microsoft.Network/virtualNetworks/subnets/read', 'Microsoft.Network/virtualNetworks/subnets/write', 'Microsoft.Network/virtualNetworks/read', 'Microsoft.Network/privateEndpoints/privateLinkServiceProxies/write']) },
    { id: '577a9874-89fd-4f24-9dbd-b5034d0ad23a', roleName: 'Container Registry Data Importer and Data Reader', category: 'containers', permissions: p(['Microsoft.ContainerRegistry/registries/importImage/action', 'Microsoft.ContainerRegistry/registries/read', 'Microsoft.ContainerRegistry/registries/pull/read'], [], ['Microsoft.ContainerRegistry/registries/repositories/content/read', 'Microsoft.ContainerRegistry/registries/repositories/metadata/read', 'Microsoft.ContainerRegistry/registries/catalog/read']) },
    { id: 'bfdb9389-c9a5-478a-bb2f-ba9ca092c3c7', roleName: 'Container Registry Repository Catalog Lister', category: 'containers', permissions: p([], [], ['Microsoft.ContainerRegistry/registries/catalog/read']) },
    { id: '2efddaa5-3f1f-4df3-97df-af3f13818f4c', roleName: 'Container Registry Repository Contributor', category: 'containers', permissions: p([], [], ['Microsoft.ContainerRegistry/registries/repositories/metadata/read', 'Microsoft.ContainerRegistry/registries/repositories/content/read', 'Microsoft.ContainerRegistry/registries/repositories/metadata/write', 'Microsoft.ContainerRegistry/registries/repositories/content/write', 'Microsoft.ContainerRegistry/registries/repositories/metadata/delete', 'Microsoft.ContainerRegistry/registries/repositories/content/delete']) },
    { id: 'b93aa761-3e63-49ed-ac28-beffa264f7ac', roleName: 'Container Registry Repository Reader', category: 'containers', permissions: p([], [], ['Microsoft.ContainerRegistry/registries/repositories/metadata/read', 'Microsoft.ContainerRegistry/registries/repositories/content/read']) },
    { id: '2a1e307c-b015-4ebd-883e-5b7698a07328', roleName: 'Container Registry Repository Writer', category: 'containers', permissions: p([], [], ['Microsoft.ContainerRegistry/registries/repositories/metadata/read', 'Microsoft.ContainerRegistry/registries/repositories/content/read', 'Microsoft.ContainerRegistry/registries/repositories/metadata/write', 'Microsoft.ContainerRegistry/registries/repositories/content/write']) },
    // Storage (storage.md, ms.date 07/01/2026)
    { id: 'c12c1c16-33a1-487b-954d-41c89c60f349', roleName: 'Reader and Data Access', category: 'storage', permissions: p(['Microsoft.Storage/storageAccounts/listKeys/action', 'Microsoft.Storage/storageAccounts/ListAccountSas/action', 'Microsoft.Storage/storageAccounts/read']) },
    { id: '17d1049b-9a84-46fb-8f53-869881c3d3ab', roleName: 'Storage Account Contributor', category: 'storage', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Insights/diagnosticSettings/*', 'Microsoft.Network/virtualNetworks/subnets/joinViaServiceEndpoint/action', 'Microsoft.ResourceHealth/availabilityStatuses/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Storage/storageAccounts/*', 'Microsoft.Support/*']) },
    { id: '81a9662b-bebf-436f-a333-f67b29880f12', roleName: 'Storage Account Key Operator Service Role', category: 'storage', permissions: p(['Microsoft.Storage/storageAccounts/listkeys/action', 'Microsoft.Storage/storageAccounts/regeneratekey/action']) },
    { id: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe', roleName: 'Storage Blob Data Contributor', category: 'storage', permissions: p(['Microsoft.Storage/storageAccounts/blobServices/containers/delete', 'Microsoft.Storage/storageAccounts/blobServices/containers/read', 'Microsoft.Storage/storageAccounts/blobServices/containers/write', 'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action'], [], ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete', 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read', 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write', 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action', 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action']) },
    { id: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b', roleName: 'Storage Blob Data Owner', category: 'storage', permissions: p(['Microsoft.Storage/storageAccounts/blobServices/containers/*', 'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action'], [], ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/*']) },
    { id: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1', roleName: 'Storage Blob Data Reader', category: 'storage', permissions: p(['Microsoft.Storage/storageAccounts/blobServices/containers/read', 'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action'], [], ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read']) },
    { id: 'db58b8e5-c6ad-4a2a-8342-4190687cbf4a', roleName: 'Storage Blob Delegator', category: 'storage', permissions: p(['Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action']) },
    { id: '69566ab7-960f-475b-8e7c-b3118f30c6bd', roleName: 'Storage File Data Privileged Contributor', category: 'storage', permissions: p([], [], ['Microsoft.Storage/storageAccounts/fileServices/fileshares/files/read', 'Microsoft.Storage/storageAccounts/fileServices/fileshares/files/write', 'Microsoft.Storage/storageAccounts/fileServices/fileshares/files/delete', 'Microsoft.Storage/storageAccounts/fileServices/fileshares/files/modifypermissions/action', 'Microsoft.Storage/storageAccounts/fileServices/readFileBackupSemantics/action', 'Microsoft.Storage/storageAccounts/fileServices/writeFileBackupSemantics/action']) },
    { id: 'b8eda974-7b85-4f76-af95-65846b26df6d', roleName: 'Storage File Data Privileged Reader', category: 'storage', permissions: p([], [], ['Microsoft.Storage/storageAccounts/fileServices/fileshares/files/read', 'Microsoft.Storage/storageAccounts/fileServices/readFileBackupSemantics/action']) },
    { id: '0c867c2a-1d8c-454a-a3db-ab2ea1bdc8bb', roleName: 'Storage File Data SMB Share Contributor', category: 'storage', permissions: p([], [], ['Microsoft.Storage/storageAccounts/fileServices/fileshares/files/read', 'Microsoft.Storage/storageAccounts/fileServices/fileshares/files/write', 'Microsoft.Storage/storageAccounts/fileServices/fileshares/files/delete']) },
    { id: 'a7264617-510b-434b-a828-9731dc254ea7', roleName: 'Storage File Data SMB Share Elevated Contributor', category: 'storage', permissions: p([], [], ['Microsoft.Storage/storageAccounts/fileServices/fileshares/files/read', 'Microsoft.Storage/storageAccounts/fileServices/fileshares/files/write', 'Microsoft.Storage/storageAccounts/fileServices/fileshares/files/delete', 'Microsoft.Storage/storageAccounts/fileServices/fileshares/files/modifypermissions/action']) },
    { id: 'aba4ae5f-2193-4029-9191-0cb91df5e314', roleName: 'Storage File Data SMB Share Reader', category: 'storage', permissions: p([], [], ['Microsoft.Storage/storageAccounts/fileServices/fileshares/files/read']) },
    { id: '974c5e8b-45b9-4653-ba55-5f855dd0fb88', roleName: 'Storage Queue Data Contributor', category: 'storage', permissions: p(['Microsoft.Storage/storageAccounts/queueServices/queues/delete', 'Microsoft.Storage/storageAccounts/queueServices/queues/read', 'Microsoft.Storage/storageAccounts/queueServices/queues/write'], [], ['Microsoft.Storage/storageAccounts/queueServices/queues/messages/delete', 'Microsoft.Storage/storageAccounts/queueServices/queues/messages/read', 'Microsoft.Storage/storageAccounts/queueServices/queues/messages/write', 'Microsoft.Storage/storageAccounts/queueServices/queues/messages/process/action']) },
    { id: '8a0f0c08-91a1-4084-bc3d-661d67233fed', roleName: 'Storage Queue Data Message Processor', category: 'storage', permissions: p([], [], ['Microsoft.Storage/storageAccounts/queueServices/queues/messages/read', 'Microsoft.Storage/storageAccounts/queueServices/queues/messages/process/action']) },
    { id: 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a', roleName: 'Storage Queue Data Message Sender', category: 'storage', permissions: p([], [], ['Microsoft.Storage/storageAccounts/queueServices/queues/messages/add/action']) },
    { id: '19e7f393-937e-4f77-808e-94535e297925', roleName: 'Storage Queue Data Reader', category: 'storage', permissions: p(['Microsoft.Storage/storageAccounts/queueServices/queues/read'], [], ['Microsoft.Storage/storageAccounts/queueServices/queues/messages/read']) },
    { id: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3', roleName: 'Storage Table Data Contributor', category: 'storage', permissions: p(['Microsoft.Storage/storageAccounts/tableServices/tables/read', 'Microsoft.Storage/storageAccounts/tableServices/tables/write', 'Microsoft.Storage/storageAccounts/tableServices/tables/delete'], [], ['Microsoft.Storage/storageAccounts/tableServices/tables/entities/read', 'Microsoft.Storage/storageAccounts/tableServices/tables/entities/write', 'Microsoft.Storage/storageAccounts/tableServices/tables/entities/delete', 'Microsoft.Storage/storageAccounts/tableServices/tables/entities/add/action', 'Microsoft.Storage/storageAccounts/tableServices/tables/entities/update/action']) },
    { id: '76199698-9eea-4c19-bc75-cec21354c6b6', roleName: 'Storage Table Data Reader', category: 'storage', permissions: p(['Microsoft.Storage/storageAccounts/tableServices/tables/read'], [], ['Microsoft.Storage/storageAccounts/tableServices/tables/entities/read']) },
    // Security (security.md)
    { id: '00482a5a-887f-4fb3-b363-3b7fe8e74483', roleName: 'Key Vault Administrator', category: 'security', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*', 'Microsoft.KeyVault/checkNameAvailability/read', 'Microsoft.KeyVault/deletedVaults/read', 'Microsoft.KeyVault/locations/*/read', 'Microsoft.KeyVault/vaults/*/read', 'Microsoft.KeyVault/operations/read'], [], ['Microsoft.KeyVault/vaults/*']) },
    { id: 'db79e9a7-68ee-4b58-9aeb-b90e7c24fcba', roleName: 'Key Vault Certificate User', category: 'security', permissions: p([], [], ['Microsoft.KeyVault/vaults/certificates/read', 'Microsoft.KeyVault/vaults/secrets/getSecret/action', 'Microsoft.KeyVault/vaults/secrets/readMetadata/action', 'Microsoft.KeyVault/vaults/keys/read']) },
    { id: 'a4417e6f-fecd-4de8-b567-7b0420556985', roleName: 'Key Vault Certificates Officer', category: 'security', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*', 'Microsoft.KeyVault/checkNameAvailability/read', 'Microsoft.KeyVault/deletedVaults/read', 'Microsoft.KeyVault/locations/*/read', 'Microsoft.KeyVault/vaults/*/read', 'Microsoft.KeyVault/operations/read'], [], ['Microsoft.KeyVault/vaults/certificatecas/*', 'Microsoft.KeyVault/vaults/certificates/*', 'Microsoft.KeyVault/vaults/certificatecontacts/write']) },
    { id: 'f25e0fa2-a7c8-4377-a976-54943a77a395', roleName: 'Key Vault Contributor', category: 'security', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.KeyVault/*', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*'], ['Microsoft.KeyVault/locations/deletedVaults/purge/action', 'Microsoft.KeyVault/hsmPools/*', 'Microsoft.KeyVault/managedHsms/*']) },
    { id: '14b46e9e-c2b7-41b4-b07b-48a6ebf60603', roleName: 'Key Vault Crypto Officer', category: 'security', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*', 'Microsoft.KeyVault/checkNameAvailability/read', 'Microsoft.KeyVault/deletedVaults/read', 'Microsoft.KeyVault/locations/*/read', 'Microsoft.KeyVault/vaults/*/read', 'Microsoft.KeyVault/operations/read'], [], ['Microsoft.KeyVault/vaults/keys/*', 'Microsoft.KeyVault/vaults/keyrotationpolicies/*']) },
    { id: 'e147488a-f6f5-4113-8e2d-b22465e65bf6', roleName: 'Key Vault Crypto Service Encryption User', category: 'security', permissions: p(['Microsoft.EventGrid/eventSubscriptions/write', 'Microsoft.EventGrid/eventSubscriptions/read', 'Microsoft.EventGrid/eventSubscriptions/delete'], [], ['Microsoft.KeyVault/vaults/keys/read', 'Microsoft.KeyVault/vaults/keys/wrap/action', 'Microsoft.KeyVault/vaults/keys/unwrap/action']) },
    { id: '08bbd89e-9f13-488c-ac41-acfcb10c90ab', roleName: 'Key Vault Crypto Service Release User', category: 'security', permissions: p([], [], ['Microsoft.KeyVault/vaults/keys/release/action']) },
    { id: '12338af0-0e69-4776-bea7-57ae8d297424', roleName: 'Key Vault Crypto User', category: 'security', permissions: p([], [], ['Microsoft.KeyVault/vaults/keys/read', 'Microsoft.KeyVault/vaults/keys/update/action', 'Microsoft.KeyVault/vaults/keys/backup/action', 'Microsoft.KeyVault/vaults/keys/encrypt/action', 'Microsoft.KeyVault/vaults/keys/decrypt/action', 'Microsoft.KeyVault/vaults/keys/wrap/action', 'Microsoft.KeyVault/vaults/keys/unwrap/action', 'Microsoft.KeyVault/vaults/keys/sign/action', 'Microsoft.KeyVault/vaults/keys/verify/action']) },
    { id: '8b54135c-b56d-4d72-a534-26097cfdc8d8', roleName: 'Key Vault Data Access Administrator', category: 'security', permissions: p(['Microsoft.Authorization/roleAssignments/write', 'Microsoft.Authorization/roleAssignments/delete', 'Microsoft.Authorization/*/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Resources/subscriptions/read', 'Microsoft.Management/managementGroups/read', 'Microsoft.Support/*', 'Microsoft.KeyVault/vaults/*/read']) },
    { id: '21090545-7ca7-4776-b22c-e363652d74d2', roleName: 'Key Vault Reader', category: 'security', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*', 'Microsoft.KeyVault/checkNameAvailability/read', 'Microsoft.KeyVault/deletedVaults/read', 'Microsoft.KeyVault/locations/*/read', 'Microsoft.KeyVault/vaults/*/read', 'Microsoft.KeyVault/operations/read'], [], ['Microsoft.KeyVault/vaults/*/read', 'Microsoft.KeyVault/vaults/secrets/readMetadata/action']) },
    { id: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7', roleName: 'Key Vault Secrets Officer', category: 'security', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*', 'Microsoft.KeyVault/checkNameAvailability/read', 'Microsoft.KeyVault/deletedVaults/read', 'Microsoft.KeyVault/locations/*/read', 'Microsoft.KeyVault/vaults/*/read', 'Microsoft.KeyVault/operations/read'], [], ['Microsoft.KeyVault/vaults/secrets/*']) },
    { id: '4633458b-17de-408a-b874-0445c86b69e6', roleName: 'Key Vault Secrets User', category: 'security', permissions: p([], [], ['Microsoft.KeyVault/vaults/secrets/getSecret/action', 'Microsoft.KeyVault/vaults/secrets/readMetadata/action']) },
    // Monitor (monitor.md, ms.date 02/23/2026)
    { id: 'ae349356-3a1b-4a5e-921d-050484c6347e', roleName: 'Application Insights Component Contributor', category: 'monitor', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Insights/generateLiveToken/read', 'Microsoft.Insights/metricAlerts/*', 'Microsoft.Insights/components/*', 'Microsoft.Insights/scheduledqueryrules/*', 'Microsoft.Insights/topology/read', 'Microsoft.Insights/transactions/read', 'Microsoft.Insights/webtests/*', 'Microsoft.ResourceHealth/availabilityStatuses/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*']) },
    { id: '92aaf0da-9dab-42b6-94a3-d43ce8d16293', roleName: 'Log Analytics Contributor', category: 'monitor', permissions: p(['*/read', 'Microsoft.ClassicCompute/virtualMachines/extensions/*', 'Microsoft.ClassicStorage/storageAccounts/listKeys/action', 'Microsoft.Compute/virtualMachines/extensions/*', 'Microsoft.HybridCompute/machines/extensions/write', 'Microsoft.Insights/alertRules/*', 'Microsoft.Insights/diagnosticSettings/*', 'Microsoft.OperationalInsights/*', 'Microsoft.OperationsManagement/*', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourcegroups/deployments/*', 'Microsoft.Storage/storageAccounts/listKeys/action', 'Microsoft.Support/*']) },
    { id: '73c42c96-874c-492b-b04d-ab87d138a893', roleName: 'Log Analytics Reader', category: 'monitor', permissions: p(['*/read', 'Microsoft.OperationalInsights/workspaces/analytics/query/action', 'Microsoft.OperationalInsights/workspaces/search/action', 'Microsoft.Support/*'], ['Microsoft.OperationalInsights/workspaces/sharedKeys/read']) },
    { id: '749f88d5-cbae-40b8-bcfc-e573ddc772fa', roleName: 'Monitoring Contributor', category: 'monitor', permissions: p(['*/read', 'Microsoft.AlertsManagement/alerts/*', 'Microsoft.AlertsManagement/alertsSummary/*', 'Microsoft.AlertsManagement/issues/*', 'Microsoft.Insights/actiongroups/*', 'Microsoft.Insights/activityLogAlerts/*', 'Microsoft.Insights/AlertRules/*', 'Microsoft.Insights/components/*', 'Microsoft.Insights/createNotifications/*', 'Microsoft.Insights/dataCollectionEndpoints/*', 'Microsoft.Insights/dataCollectionRules/*', 'Microsoft.Insights/dataCollectionRuleAssociations/*', 'Microsoft.Insights/DiagnosticSettings/*', 'Microsoft.Insights/eventtypes/*', 'Microsoft.Insights/LogDefinitions/*', 'Microsoft.Insights/metricalerts/*', 'Microsoft.Insights/MetricDefinitions/*', 'Microsoft.Insights/Metrics/*', 'Microsoft.Insights/notificationStatus/*', 'Microsoft.Insights/Register/Action', 'Microsoft.Insights/scheduledqueryrules/*', 'Microsoft.Insights/webtests/*', 'Microsoft.Insights/workbooks/*', 'Microsoft.Insights/workbooktemplates/*', 'Microsoft.Insights/privateLinkScopes/*', 'Microsoft.Insights/privateLinkScopeOperationStatuses/*', 'Microsoft.Monitor/accounts/*', 'Microsoft.Monitor/settings/*', 'Microsoft.OperationalInsights/workspaces/write', 'Microsoft.OperationalInsights/workspaces/intelligencepacks/*', 'Microsoft.OperationalInsights/workspaces/savedSearches/*', 'Microsoft.OperationalInsights/workspaces/search/action', 'Microsoft.OperationalInsights/workspaces/sharedKeys/action', 'Microsoft.OperationalInsights/workspaces/sharedKeys/read', 'Microsoft.OperationalInsights/workspaces/storageinsightconfigs/*', 'Microsoft.OperationalInsights/locations/workspaces/failover/action', 'Microsoft.OperationalInsights/workspaces/failback/action', 'Microsoft.Support/*', 'Microsoft.AlertsManagement/smartDetectorAlertRules/*', 'Microsoft.AlertsManagement/actionRules/*', 'Microsoft.AlertsManagement/smartGroups/*', 'Microsoft.AlertsManagement/migrateFromSmartDetection/*', 'Microsoft.AlertsManagement/investigations/*', 'Microsoft.AlertsManagement/prometheusRuleGroups/*', 'Microsoft.Monitor/investigations/*', 'Microsoft.Resources/deployments/*']) },
    { id: '43d0d8ad-25c7-4714-9337-8ba259a9fe05', roleName: 'Monitoring Reader', category: 'monitor', permissions: p(['*/read', 'Microsoft.OperationalInsights/workspaces/search/action', 'Microsoft.Support/*']) },
    { id: '3913510d-42f4-4e42-8a64-420c390055eb', roleName: 'Monitoring Metrics Publisher', category: 'monitor', permissions: p(['Microsoft.Insights/Register/Action', 'Microsoft.Support/*', 'Microsoft.Resources/subscriptions/resourceGroups/read'], [], ['Microsoft.Insights/Metrics/Write', 'Microsoft.Insights/Telemetry/Write']) },
    // Identity (identity.md, ms.date 07/01/2026)
    { id: 'e40ec5ca-96e0-45a2-b4ff-59039f2c2b59', roleName: 'Managed Identity Contributor', category: 'identity', permissions: p(['Microsoft.ManagedIdentity/userAssignedIdentities/read', 'Microsoft.ManagedIdentity/userAssignedIdentities/write', 'Microsoft.ManagedIdentity/userAssignedIdentities/delete', 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/read', 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write', 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/delete', 'Microsoft.ManagedIdentity/userAssignedIdentities/revokeTokens/action', 'Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Support/*']) },
    { id: 'f1a07417-d97a-45cb-824c-7a7467783830', roleName: 'Managed Identity Operator', category: 'identity', permissions: p(['Microsoft.ManagedIdentity/userAssignedIdentities/*/read', 'Microsoft.ManagedIdentity/userAssignedIdentities/*/assign/action', 'Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Support/*']) },
    // Networking (networking.md; JSON as published on the Learn built-in roles page)
    { id: 'befefa01-2a29-4197-83a8-272ff33ce314', roleName: 'DNS Zone Contributor', category: 'networking', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Network/dnsZones/*', 'Microsoft.ResourceHealth/availabilityStatuses/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*']) },
    { id: '4d97b98b-1d4f-4787-a291-c67834d212e7', roleName: 'Network Contributor', category: 'networking', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Network/*', 'Microsoft.ResourceHealth/availabilityStatuses/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*']) },
    { id: 'b12aa53e-6015-4669-85d0-8515ebb3ae7f', roleName: 'Private DNS Zone Contributor', category: 'networking', permissions: p(['Microsoft.Insights/alertRules/*', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*', 'Microsoft.Network/privateDnsZones/*', 'Microsoft.Network/privateDnsOperationResults/*', 'Microsoft.Network/privateDnsOperationStatuses/*', 'Microsoft.Network/virtualNetworks/read', 'Microsoft.Network/virtualNetworks/join/action', 'Microsoft.Authorization/*/read']) },
    // Compute (compute.md, current split page: the login roles include Arc machines)
    { id: '1c0163c0-47e6-4577-8991-ea5c82e286e4', roleName: 'Virtual Machine Administrator Login', category: 'compute', permissions: p(['Microsoft.Network/publicIPAddresses/read', 'Microsoft.Network/virtualNetworks/read', 'Microsoft.Network/loadBalancers/read', 'Microsoft.Network/networkInterfaces/read', 'Microsoft.Compute/virtualMachines/*/read', 'Microsoft.HybridCompute/machines/*/read', 'Microsoft.HybridConnectivity/endpoints/listCredentials/action'], [], ['Microsoft.Compute/virtualMachines/login/action', 'Microsoft.Compute/virtualMachines/loginAsAdmin/action', 'Microsoft.HybridCompute/machines/login/action', 'Microsoft.HybridCompute/machines/loginAsAdmin/action']) },
    { id: 'fb879df8-f326-4884-b1cf-06f3ad86be52', roleName: 'Virtual Machine User Login', category: 'compute', permissions: p(['Microsoft.Network/publicIPAddresses/read', 'Microsoft.Network/virtualNetworks/read', 'Microsoft.Network/loadBalancers/read', 'Microsoft.Network/networkInterfaces/read', 'Microsoft.Compute/virtualMachines/*/read', 'Microsoft.HybridCompute/machines/*/read', 'Microsoft.HybridConnectivity/endpoints/listCredentials/action'], [], ['Microsoft.Compute/virtualMachines/login/action', 'Microsoft.HybridCompute/machines/login/action']) },
    { id: '9980e02c-c2be-4d73-94e8-173b1dc7cf3c', roleName: 'Virtual Machine Contributor', category: 'compute', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Compute/availabilitySets/*', 'Microsoft.Compute/locations/*', 'Microsoft.Compute/virtualMachines/*', 'Microsoft.Compute/virtualMachineScaleSets/*', 'Microsoft.Compute/cloudServices/*', 'Microsoft.Compute/disks/write', 'Microsoft.Compute/disks/read', 'Microsoft.Compute/disks/delete', 'Microsoft.DevTestLab/schedules/*', 'Microsoft.Insights/alertRules/*', 'Microsoft.Network/applicationGateways/backendAddressPools/join/action', 'Microsoft.Network/loadBalancers/backendAddressPools/join/action', 'Microsoft.Network/loadBalancers/inboundNatPools/join/action', 'Microsoft.Network/loadBalancers/inboundNatRules/join/action', 'Microsoft.Network/loadBalancers/probes/join/action', 'Microsoft.Network/loadBalancers/read', 'Microsoft.Network/locations/*', 'Microsoft.Network/networkInterfaces/*', 'Microsoft.Network/networkSecurityGroups/join/action', 'Microsoft.Network/networkSecurityGroups/read', 'Microsoft.Network/publicIPAddresses/join/action', 'Microsoft.Network/publicIPAddresses/read', 'Microsoft.Network/virtualNetworks/read', 'Microsoft.Network/virtualNetworks/subnets/join/action', 'Microsoft.RecoveryServices/locations/*', 'Microsoft.RecoveryServices/Vaults/backupFabrics/backupProtectionIntent/write', 'Microsoft.RecoveryServices/Vaults/backupFabrics/protectionContainers/protectedItems/*/read', 'Microsoft.RecoveryServices/Vaults/backupFabrics/protectionContainers/protectedItems/read', 'Microsoft.RecoveryServices/Vaults/backupFabrics/protectionContainers/protectedItems/write', 'Microsoft.RecoveryServices/Vaults/backupPolicies/read', 'Microsoft.RecoveryServices/Vaults/backupPolicies/write', 'Microsoft.RecoveryServices/Vaults/read', 'Microsoft.RecoveryServices/Vaults/usages/read', 'Microsoft.RecoveryServices/Vaults/write', 'Microsoft.ResourceHealth/availabilityStatuses/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.SerialConsole/serialPorts/connect/action', 'Microsoft.SqlVirtualMachine/*', 'Microsoft.Storage/storageAccounts/listKeys/action', 'Microsoft.Storage/storageAccounts/read', 'Microsoft.Support/*']) },
    // Analytics (analytics.md): Event Hubs data roles
    { id: 'f526a384-b230-433a-b45c-95f59c4a2dec', roleName: 'Azure Event Hubs Data Owner', category: 'analytics', permissions: p(['Microsoft.EventHub/*'], [], ['Microsoft.EventHub/*']) },
    { id: 'a638d3c7-ab3a-418d-83e6-5f17a39d4fde', roleName: 'Azure Event Hubs Data Receiver', category: 'analytics', permissions: p(['Microsoft.EventHub/*/eventhubs/consumergroups/read'], [], ['Microsoft.EventHub/*/receive/action']) },
    { id: '2b629674-e913-4c01-ae53-ef4638d8f975', roleName: 'Azure Event Hubs Data Sender', category: 'analytics', permissions: p(['Microsoft.EventHub/*/eventhubs/read'], [], ['Microsoft.EventHub/*/send/action']) },
    // AI + machine learning (ai-machine-learning.md): Cognitive Services and Search roles
    { id: '25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68', roleName: 'Cognitive Services Contributor', category: 'ai', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.CognitiveServices/*', 'Microsoft.Features/features/read', 'Microsoft.Features/providers/features/read', 'Microsoft.Features/providers/features/register/action', 'Microsoft.Insights/alertRules/*', 'Microsoft.Insights/diagnosticSettings/*', 'Microsoft.Insights/logDefinitions/read', 'Microsoft.Insights/metricdefinitions/read', 'Microsoft.Insights/metrics/read', 'Microsoft.ResourceHealth/availabilityStatuses/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/deployments/operations/read', 'Microsoft.Resources/subscriptions/operationresults/read', 'Microsoft.Resources/subscriptions/read', 'Microsoft.Resources/subscriptions/resourcegroups/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*']) },
    { id: 'a97b65f3-24c7-4388-baec-2e87135dc908', roleName: 'Cognitive Services User', category: 'ai', permissions: p(['Microsoft.CognitiveServices/*/read', 'Microsoft.CognitiveServices/accounts/listkeys/action', 'Microsoft.Insights/alertRules/read', 'Microsoft.Insights/diagnosticSettings/read', 'Microsoft.Insights/logDefinitions/read', 'Microsoft.Insights/metricdefinitions/read', 'Microsoft.Insights/metrics/read', 'Microsoft.ResourceHealth/availabilityStatuses/read', 'Microsoft.Resources/deployments/operations/read', 'Microsoft.Resources/subscriptions/operationresults/read', 'Microsoft.Resources/subscriptions/read', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*'], [], ['Microsoft.CognitiveServices/*']) },
    { id: '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd', roleName: 'Cognitive Services OpenAI User', category: 'ai', permissions: p(['Microsoft.CognitiveServices/*/read', 'Microsoft.Authorization/roleAssignments/read', 'Microsoft.Authorization/roleDefinitions/read'], [], ['Microsoft.CognitiveServices/accounts/OpenAI/*/read', 'Microsoft.CognitiveServices/accounts/OpenAI/engines/completions/action', 'Microsoft.CognitiveServices/accounts/OpenAI/engines/search/action', 'Microsoft.CognitiveServices/accounts/OpenAI/engines/generate/action', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/audio/action', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/search/action', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/completions/action', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/realtime/action', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/extensions/chat/completions/action', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/embeddings/action', 'Microsoft.CognitiveServices/accounts/OpenAI/images/generations/action', 'Microsoft.CognitiveServices/accounts/OpenAI/assistants/*'], ['Microsoft.CognitiveServices/accounts/OpenAI/stored-completions/read']) },
    { id: '8ebe5a00-799e-43f5-93ac-243d3dce84a7', roleName: 'Search Index Data Contributor', category: 'ai', permissions: p([], [], ['Microsoft.Search/searchServices/indexes/documents/*']) },
    { id: '1407120a-92aa-4202-b7e9-c0e197c71c8f', roleName: 'Search Index Data Reader', category: 'ai', permissions: p([], [], ['Microsoft.Search/searchServices/indexes/documents/read']) },
    { id: '7ca78c08-252a-4471-8644-bb5ff32d4ba0', roleName: 'Search Service Contributor', category: 'ai', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.ResourceHealth/availabilityStatuses/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Search/searchServices/*', 'Microsoft.Support/*']) },
    // Databases (databases.md)
    { id: 'fbdf93bf-df7d-467e-a4d2-9458aa1360c8', roleName: 'Cosmos DB Account Reader Role', category: 'databases', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.DocumentDB/*/read', 'Microsoft.DocumentDB/databaseAccounts/readonlykeys/action', 'Microsoft.Insights/MetricDefinitions/read', 'Microsoft.Insights/Metrics/read', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*']) },
    { id: '5bd9cd88-fe45-4216-938b-f97437e15450', roleName: 'DocumentDB Account Contributor', category: 'databases', permissions: p(['Microsoft.Authorization/*/read', 'Microsoft.DocumentDb/databaseAccounts/*', 'Microsoft.Insights/alertRules/*', 'Microsoft.ResourceHealth/availabilityStatuses/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*', 'Microsoft.Network/virtualNetworks/subnets/joinViaServiceEndpoint/action']) },
];
//# sourceMappingURL=builtin-roles.js.map

/***/ }),

/***/ 1892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pg: () => (/* binding */ requireActions),
/* harmony export */   VA: () => (/* binding */ roleGuidOf),
/* harmony export */   cl: () => (/* binding */ requireRole),
/* harmony export */   fy: () => (/* binding */ resolveRole)
/* harmony export */ });
/* harmony import */ var _builtin_roles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7142);

const GUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s*$/i;
const BY_ID = new Map(_builtin_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILTIN_ROLES */ .I.map((r) => [r.id, r]));
const BY_NAME = new Map(_builtin_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILTIN_ROLES */ .I.map((r) => [r.roleName.toLowerCase(), r]));
// The preview suffix is often left out when the role is named in IaC.
BY_NAME.set('azureml metrics writer', BY_NAME.get('azureml metrics writer (preview)'));
/** The trailing GUID of a role GUID or role-definition ID (`…/roleDefinitions/<guid>`), lower-cased. */
function roleGuidOf(text) {
    return GUID.exec(text.trim())?.[1].toLowerCase();
}
const NO_CUSTOM = { byId: () => undefined, byName: () => undefined };
/**
 * A role written as a name (case-insensitive), a GUID or a role-definition ID at any scope
 * (`/subscriptions/…/providers/Microsoft.Authorization/roleDefinitions/<guid>`): built-in roles
 * first, then those declared in the repository. Anything else cannot be resolved.
 */
function resolveRole(text, custom = NO_CUSTOM) {
    const guid = roleGuidOf(text);
    if (guid) {
        const role = BY_ID.get(guid) ?? custom.byId(guid);
        return role ? { state: 'known', role } : { state: 'unknown', why: `role ${guid} is neither a built-in role amlguard knows nor declared in the repository` };
    }
    const name = text.trim().toLowerCase();
    const role = BY_NAME.get(name) ?? custom.byName(name);
    return role ? { state: 'known', role } : { state: 'unknown', why: `role '${text.trim()}' is neither a built-in role amlguard knows nor declared in the repository` };
}
/** "Holds role X": every permission X holds, under X's name. */
function requireRole(name) {
    const role = BY_NAME.get(name.toLowerCase());
    if (!role || role.partial)
        throw new Error(`no fully known built-in role '${name}'`);
    return { label: role.roleName, permissions: role.permissions };
}
/** A requirement phrased as operations (`Microsoft.ContainerRegistry/registries/pull/read`), shown as `label`. */
function requireActions(label, ops) {
    const block = { actions: ops.actions ?? [], notActions: [], dataActions: ops.dataActions ?? [], notDataActions: [] };
    return { label, permissions: [block] };
}
//# sourceMappingURL=roles.js.map

/***/ }),

/***/ 4335:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ maskSecretShapes),
/* harmony export */   Mq: () => (/* binding */ redactLine)
/* harmony export */ });
/* unused harmony exports MASK, maskSecretValues */
// Redaction of anything printed from a repository: by value (secrets the rules located), by key
// name (a line assigning `account_key`, `client_secret`, …) and by value shape (connection-string
// keys, SAS signatures, long random tokens). Every pattern here is linear in the line length:
// literal prefixes and single character classes only, no nested or adjacent open quantifiers.
const MASK = '***';
/** Values shorter than this are not masked by value: they would hide ordinary words. */
const MIN_SECRET = 6;
/** A name ending in one of these words names a secret (`account_key`, `sasToken`, `--client-secret`). */
const SECRET_NAME = /(?:key|secret|password|passwd|pwd|token|pat|certificate|keytab|sas|credential|signature|connection_?string)s?$/i;
/** Words (names) in a line; one pass, each match consumes what it reads. */
const WORD = /[\w-]+/g;
/** `AccountKey=…;`, `SharedAccessSignature=…`, `sig=…&`, `Password=…;`, `client_secret=…`. */
const SHAPED = /\b(?:AccountKey|SharedAccessKey|SharedAccessSignature|sig|Password|pwd|client_secret|clientSecret|access_token|refresh_token)=([^;&\s"'<>,]+)/gi;
/** Runs of base64/base64url/hex characters long enough to be keys or tokens. */
const LONG_RUN = /[A-Za-z0-9+/_=%]{32,}/g;
/** Masks every occurrence of the given secret values (the longest first, so overlaps stay masked). */
function maskSecretValues(text, secrets) {
    const list = [...secrets].filter((s) => s.length >= MIN_SECRET).sort((a, b) => b.length - a.length);
    let out = text;
    for (const s of list)
        if (out.includes(s))
            out = out.split(s).join(MASK);
    return out;
}
/**
 * Masks secret-looking text in any string printed from a file (a snippet, a message): known
 * secret values, connection-string and SAS parts, and long random tokens.
 */
function maskSecretShapes(text, secrets = []) {
    return maskSecretValues(text, secrets)
        .replace(SHAPED, (m, value) => m.slice(0, m.length - value.length) + MASK)
        .replace(LONG_RUN, (run) => (looksRandom(run) ? MASK : run));
}
/**
 * A source line made safe to print: everything `maskSecretShapes` masks, plus the value part of a
 * line that assigns a secret-named key, in YAML, JSON, HCL, Bicep or CLI form (`key: v`,
 * `"key": "v"`, `key = "v"`, `--account-key v`).
 */
function redactLine(line, secrets = []) {
    const masked = maskSecretShapes(line, secrets);
    const at = secretAssignmentValue(masked);
    return at === undefined ? masked : masked.slice(0, at) + MASK;
}
/** Offset of the value assigned to the first secret-named key of a line, if any. */
function secretAssignmentValue(line) {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
        if (!SECRET_NAME.test(m[0]))
            continue;
        const value = valueAfterKey(line, m.index + m[0].length);
        if (value !== undefined)
            return value;
    }
    return undefined;
}
/** After a key: an optional closing quote, then `:` / `=` (or, for CLI flags, blanks), then the value. */
function valueAfterKey(line, p) {
    if (line[p] === '"' || line[p] === "'")
        p++;
    let q = p;
    while (line[q] === ' ' || line[q] === '\t')
        q++;
    let separated = q > p;
    if (line[q] === ':' || line[q] === '=') {
        q++;
        separated = true;
        while (line[q] === ' ' || line[q] === '\t')
            q++;
    }
    if (!separated || q >= line.length || line.startsWith(MASK, q))
        return undefined;
    return q;
}
/**
 * Random-looking: a segment (between `/`) of 20 or more characters mixing upper case, lower case
 * and digits. Keys, SAS signatures and tokens look like this; words, GUIDs (dashes split them) and
 * resource paths (`Microsoft.MachineLearningServices/workspaces/mlw01`) do not.
 */
function looksRandom(run) {
    return run.split('/').some((seg) => seg.length >= 20 && /[A-Z]/.test(seg) && /[a-z]/.test(seg) && /[0-9]/.test(seg));
}
//# sourceMappingURL=redact.js.map

/***/ }),

/***/ 2462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseRelativeScope),
/* harmony export */   R: () => (/* binding */ parseResourceId)
/* harmony export */ });
/** Parses a resource ID; undefined when the text is not one. Placeholders make no difference here. */
function parseResourceId(text) {
    const s = text.trim().replace(/\/+$/, '');
    const m = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?(?:\/providers\/([^/]+)\/(.+))?$/i.exec(s);
    if (!m)
        return undefined;
    const [, subscription, resourceGroup, namespace, rest] = m;
    if (!namespace)
        return resourceGroup ? { kind: 'resourceGroup', resourceGroup, subscription } : { kind: 'subscription', subscription };
    const parts = rest.split('/');
    if (parts.length < 2 || parts.length % 2 !== 0)
        return undefined;
    const types = [];
    const names = [];
    for (let i = 0; i < parts.length; i += 2) {
        types.push(parts[i]);
        names.push(parts[i + 1]);
    }
    return { kind: 'resource', type: `${namespace}/${types.join('/')}`, name: names[names.length - 1], names, resourceGroup, subscription };
}
/**
 * The relative form ARM takes for an extension resource's `scope`: `Microsoft.Insights/components/<name>`
 * (`Ns/type/name[/childType/childName]`) in the same resource group as the deployment.
 */
function parseRelativeScope(text) {
    const s = text.trim().replace(/\/+$/, '');
    if (s.startsWith('/'))
        return undefined;
    const parts = s.split('/');
    if (parts.length < 3 || parts.length % 2 === 0 || !/^[A-Za-z][\w-]*(\.[\w-]+)+$/.test(parts[0]) || parts.some((p) => !p))
        return undefined;
    const types = [];
    const names = [];
    for (let i = 1; i < parts.length; i += 2) {
        types.push(parts[i]);
        names.push(parts[i + 1]);
    }
    return { kind: 'resource', type: `${parts[0]}/${types.join('/')}`, name: names[names.length - 1], names };
}
//# sourceMappingURL=resource-id.js.map

/***/ }),

/***/ 342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   dI: () => (/* binding */ anchorOf)
/* harmony export */ });

/**
 * How messages name a resource: its name; else its display name; else its symbol (Bicep symbol,
 * Terraform address); else, for an AML document, its file's base name.
 */
function nameOf(r) {
    if (r.name?.t === 'str')
        return r.name.value;
    const display = r.source?.t === 'obj' ? r.source.entries.find((e) => e.key === 'display_name')?.value : undefined;
    if (display?.t === 'str')
        return display.value;
    if (r.symbol && !/^resources\[/.test(r.symbol))
        return r.symbol;
    if (r.format === 'aml-yaml')
        return r.file.split('/').pop() ?? r.file;
    return '(name not known)';
}
/**
 * Where a finding about something a resource lacks points: its name when the name is written in
 * the declaration itself, else the declaration. A name supplied by a parameter default, a variable
 * or a parameter file is not where the missing property goes (SPEC "Where a finding points").
 */
function anchorOf(r) {
    const n = r.name;
    if (!n || n.loc.file !== r.file)
        return r.decl;
    // The declaration runs from its header to the end of its body (Terraform and Bicep headers are one line).
    const end = r.source && r.source.loc.file === r.file && before(r.decl.range.end, r.source.loc.range.end) ? r.source.loc.range.end : r.decl.range.end;
    return before(r.decl.range.start, n.loc.range.start) && before(n.loc.range.end, end) ? n : r.decl;
}
function before(x, y) {
    return x.line < y.line || (x.line === y.line && x.column <= y.column);
}
//# sourceMappingURL=resource.js.map

/***/ }),

/***/ 3115:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ interpolate),
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   Xb: () => (/* binding */ isLoc),
/* harmony export */   vq: () => (/* binding */ NO_OPTIONS_SCHEMA),
/* harmony export */   ym: () => (/* binding */ locOf)
/* harmony export */ });
/* unused harmony exports MAX_MESSAGE_VALUE, cutValue */
function defineRule(rule) {
    return rule;
}
function isLoc(x) {
    return x.file !== undefined && x.range !== undefined && x.t === undefined;
}
function locOf(x) {
    return isLoc(x) ? x : x.loc;
}
/** Longest value a message quotes (characters); longer names and values are cut with `…`. */
const MAX_MESSAGE_VALUE = 120;
/**
 * `{{name}}` interpolation; a missing key stays visible rather than silently empty. Values come
 * from the files, so each is cut to a readable length (a 5 MB name must not fill the report).
 */
function interpolate(template, data = {}) {
    return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (m, k) => (k in data ? cutValue(String(data[k])) : m));
}
/** A value cut to `MAX_MESSAGE_VALUE` characters, never inside a surrogate pair. */
function cutValue(v, max = MAX_MESSAGE_VALUE) {
    if (v.length <= max)
        return v;
    const end = /[\uD800-\uDBFF]/.test(v[max - 2]) ? max - 2 : max - 1;
    return v.slice(0, end) + '…';
}
/** The options schema of a rule that takes none: any option is an unknown key. */
const NO_OPTIONS_SCHEMA = { type: 'object', additionalProperties: false, properties: {} };
//# sourceMappingURL=contract.js.map

/***/ }),

/***/ 6417:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ compileDeclarative)
/* harmony export */ });
/* unused harmony export propertyView */
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(342);
/* harmony import */ var _model_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1925);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3115);
/* harmony import */ var _edits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4576);




const DEFAULT_SECURITY = { error: 7.0, warning: 5.0, note: 2.0 };
/** A located object standing for a resource: `name`, `kind`, `subKind`, `format`, the canonical props, and `identity`. */
function propertyView(r) {
    const str = (value, loc) => ({ t: 'str', value, loc });
    const entries = [];
    const add = (key, value, keyLoc) => {
        if (value)
            entries.push({ key, keyLoc: keyLoc ?? value.loc, value });
    };
    add('name', r.name ?? str((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(r), r.decl));
    add('kind', str(r.kind, r.decl));
    if (r.subKind)
        add('subKind', r.subKindAt?.t === 'str' ? { ...r.subKindAt, value: r.subKind } : str(r.subKind, r.decl));
    add('format', str(r.format, r.decl));
    for (const [k, v] of Object.entries(r.props))
        add(k, v);
    if (r.identity) {
        const id = r.identity;
        const flag = (b) => (b === 'unknown' ? { t: 'unknown', loc: id.decl, why: 'identity type not known' } : { t: 'bool', value: b, loc: id.type?.loc ?? id.decl });
        const identity = [];
        if (id.type)
            identity.push({ key: 'type', keyLoc: id.type.loc, value: id.type });
        identity.push({ key: 'systemAssigned', keyLoc: id.decl, value: flag(id.system) });
        identity.push({ key: 'userAssigned', keyLoc: id.decl, value: flag(id.user) });
        identity.push({ key: 'userAssignedIdentities', keyLoc: id.decl, value: { t: 'arr', items: id.userAssigned, loc: id.decl } });
        add('identity', { t: 'obj', entries: identity, loc: id.decl }, id.decl);
    }
    return { t: 'obj', entries, loc: r.decl };
}
/** True when the pointer passes through, or lands on, a value that is not known statically. */
function touchesUnknown(root, pointer) {
    let node = root;
    for (const raw of pointer.split('/').slice(1)) {
        if (!node || node.t === 'unknown')
            return true;
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        node = node.t === 'obj' ? node.entries.find((e) => e.key === seg)?.value : node.t === 'arr' ? node.items[Number(seg)] : undefined;
    }
    return node?.t === 'unknown' || containsUnknown(node);
}
function containsUnknown(v) {
    if (!v)
        return false;
    if (v.t === 'unknown')
        return true;
    if (v.t === 'obj')
        return v.entries.some((e) => containsUnknown(e.value));
    if (v.t === 'arr')
        return v.items.some(containsUnknown);
    return false;
}
/**
 * A declarative rule as an ordinary rule. `validators` is called once, on first use: built-in
 * rules pass their validators compiled ahead of time (src/generated/validators.ts); users' rules
 * compile theirs on the linear-time pattern engine (declarative-ajv.ts).
 */
function compileDeclarative(def, validators) {
    let assertV;
    let whereV;
    const compile = () => {
        ({ assert: assertV, where: whereV } = validators());
    };
    return (0,_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
        meta: {
            id: def.id,
            severity: def.severity,
            summary: def.summary,
            description: def.description ?? def.help ?? def.summary,
            source: def.source ?? [],
            why: def.why ?? '',
            fix: def.fix ?? def.help ?? '',
            tags: def.tags ?? [],
            formats: def.formats ?? [],
            messages: { assert: def.message },
            securitySeverity: def.securitySeverity ?? DEFAULT_SECURITY[def.severity],
        },
        create(ctx) {
            return {
                [def.select.kind]: (r) => {
                    if (!assertV)
                        compile();
                    const view = propertyView(r);
                    const data = (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .toPlain */ .Ul)(view);
                    if (whereV && !whereV(data))
                        return;
                    if (assertV(data))
                        return;
                    for (const err of leafErrors(assertV.errors ?? [])) {
                        if (touchesUnknown(view, err.instancePath))
                            continue;
                        const { node } = (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .atPointer */ .ZS)(view, err.instancePath);
                        const value = node.t === 'str' || node.t === 'num' || node.t === 'bool' ? String(node.value) : '';
                        const data = { name: (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(r), kind: r.kind, path: err.instancePath.slice(1).replace(/\//g, '.'), value };
                        ctx.report({ at: node, messageId: 'assert', data, fix: valueFix(def, r, err.instancePath, node, data, ctx.source) });
                    }
                },
            };
        },
    });
}
/** The declarative `autofix`: the failing property's written value replaced by the format's text. */
function valueFix(def, r, pointer, node, data, source) {
    const set = def.autofix?.set[pointer.split('/')[1] ?? ''];
    if (!set || (node.t !== 'str' && node.t !== 'bool' && node.t !== 'num'))
        return undefined;
    const text = typeof set === 'string' ? set : (set[r.format] ?? set.default);
    const src = source(node.loc.file);
    const edit = text !== undefined && src ? (0,_edits_js__WEBPACK_IMPORTED_MODULE_3__/* .replaceScalar */ .BB)(src, node, text) : undefined;
    return edit ? { description: (0,_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .interpolate */ .GW)(def.autofix.description, { ...data, to: text }), edits: [edit] } : undefined;
}
/** One error per failing path: the innermost, since `not`/`anyOf` wrappers repeat their children. */
function leafErrors(errors) {
    const seen = new Set();
    return errors.filter((e) => {
        if (seen.has(e.instancePath))
            return false;
        seen.add(e.instancePath);
        return true;
    });
}
//# sourceMappingURL=declarative.js.map

/***/ }),

/***/ 4576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ textAt),
/* harmony export */   BB: () => (/* binding */ replaceScalar),
/* harmony export */   PT: () => (/* binding */ insertAt),
/* harmony export */   Wl: () => (/* binding */ eolOf),
/* harmony export */   Xt: () => (/* binding */ indentUnit),
/* harmony export */   _j: () => (/* binding */ indentOf)
/* harmony export */ });
/** The source text a location covers. */
function textAt(src, loc) {
    return src.text.slice(src.lines.offset(loc.range.start), src.lines.offset(loc.range.end));
}
/**
 * Replaces a scalar where it is written. A quoted value keeps its quotes (`'AADToken'` →
 * `'AMLToken'`); a bare command-line flag whose presence means true (`--admin-enabled`) gets the
 * value written after it. Undefined when the value spans lines or its text is not a scalar.
 */
function replaceScalar(src, v, text) {
    const { start, end } = v.loc.range;
    if (start.line !== end.line || end.column <= start.column)
        return undefined;
    const written = textAt(src, v.loc);
    if (/^--?[A-Za-z][\w-]*$/.test(written))
        return insertAt(v.loc.file, end, ' ' + text);
    const quoted = /^(['"])(.*)\1$/s.exec(written);
    if (quoted) {
        if (/[{}$\\]/.test(quoted[2]))
            return undefined; // an interpolated string is not one value
        return { file: v.loc.file, range: { start: { ...start, column: start.column + 1 }, end: { ...end, column: end.column - 1 } }, replacement: text };
    }
    if (/[\s{}()[\],]/.test(written))
        return undefined; // an expression, not a literal
    return { file: v.loc.file, range: v.loc.range, replacement: text };
}
/** An insertion at a position. */
function insertAt(file, at, text) {
    return { file, range: { start: { ...at }, end: { ...at } }, replacement: text };
}
/** The indentation (leading spaces or tabs) of a 1-based line. */
function indentOf(src, line) {
    return /^[ \t]*/.exec(src.lines.lineText(line))[0];
}
/** One indentation step as the file writes it: a tab, or the smallest space run that indents a line. */
function indentUnit(src) {
    let min = Infinity;
    for (let l = 1; l <= src.lines.lineCount; l++) {
        const m = /^( +)\S/.exec(src.lines.lineText(l));
        if (/^\t+\S/.test(src.lines.lineText(l)))
            return '\t';
        if (m && m[1].length < min)
            min = m[1].length;
    }
    return Number.isFinite(min) ? ' '.repeat(min) : '  ';
}
/** The line break the file uses. */
function eolOf(src) {
    return src.text.includes('\r\n') ? '\r\n' : '\n';
}
//# sourceMappingURL=edits.js.map

/***/ })

};

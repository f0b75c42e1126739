import { afterEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { changeCounts, inFiles, lintChange } from '../../src/engine/change.js';
import { formatFinding, type Finding } from '../../src/engine/finding.js';
import { changedPaths, loadBase, renamesOf } from '../../src/app/pr/base.js';
import { cleanupRepos, newRepo } from '../helpers/git.js';
import { acr, pullRequestRepo, workspace } from '../helpers/pr-repo.js';
import { lint } from '../../src/engine/lint.js';
import { lintAgainst } from '../../src/lib.js';

afterEach(cleanupRepos);

const lines = (fs: Finding[]) => fs.map((f) => `${f.baselineState} ${formatFinding(f)}`);

describe('pull-request mode on a real git repository', () => {
  it('reads the base from git, runs the diff rules and marks findings new, unchanged or fixed', async () => {
    const repo = pullRequestRepo();
    const base = await loadBase(repo.dir, 'main');
    expect(base.commit).toBe(repo.git('rev-parse', 'main'));
    // git pairs renames by content: the legacy registry file, edited, counts as renamed too.
    expect(renamesOf(base.changes)).toEqual(new Map([['infra/legacy-acr.bicep', 'infra/sandbox-acr.bicep'], ['infra/ml.bicep', 'infra/workspace.bicep']]));

    const result = lintChange({ root: repo.dir, rules: builtinRules, base: base.source, renames: renamesOf(base.changes) });
    expect(lines(result.findings)).toEqual([
      "new infra/sandbox-acr.bicep:5:35: Container registry 'crsandbox' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]",
      "unchanged infra/shared-acr.bicep:5:35: Container registry 'crshared' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]",
      // The renamed file's findings are matched under its new name: not new.
      "unchanged infra/workspace.bicep:12:9: Workspace 'mlw-fraud' names no container registry; Azure ML will create one with the admin user enabled. Set properties.containerRegistry to a registry you create with admin disabled. [workspace-acr-autocreate]",
      "new infra/workspace.bicep:15:11: Workspace 'mlw-fraud' goes from identity type 'SystemAssigned,UserAssigned' at the base to 'SystemAssigned'; a workspace cannot go back from user-assigned to system-assigned identity only. Keep its user-assigned identities. [workspace-identity-downgrade]",
      "unchanged infra/workspace.bicep:23:35: Container registry 'crfraud' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]",
    ]);
    expect(lines(result.fixed)).toEqual([
      "absent infra/legacy-acr.bicep:5:35: Container registry 'crlegacy' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]",
    ]);
    expect(changeCounts(result.findings, result.fixed)).toEqual({ added: 2, fixed: 1 });

    // Changed files only: the untouched shared registry is still read, but not reported.
    const changed = changedPaths(base.changes);
    expect(inFiles(result.findings, changed).map((f) => f.loc.file)).toEqual(['infra/sandbox-acr.bicep', 'infra/workspace.bicep', 'infra/workspace.bicep', 'infra/workspace.bicep']);
    // Nothing was checked out.
    expect(repo.git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('feature');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('compares with the merge base, not with a base branch that moved on', async () => {
    const repo = pullRequestRepo();
    repo.git('checkout', '-q', 'main');
    repo.commit('main moves on', { 'infra/other-acr.bicep': acr('crother') });
    repo.git('checkout', '-q', 'feature');
    const base = await loadBase(repo.dir, 'main');
    expect(base.commit).toBe(repo.git('merge-base', 'main', 'feature'));
    const result = lintChange({ root: repo.dir, rules: builtinRules, base: base.source });
    // crother exists only on main: it is neither fixed by the branch nor reported.
    expect(lines(result.fixed).some((l) => l.includes('crother'))).toBe(false);
  });

  it('a folder the change adds has no base to compare with: everything in it is new', async () => {
    const repo = newRepo();
    repo.commit('base', { 'README.md': '# repo\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('add infra', { 'infra/acr.bicep': acr('cradded') });
    const base = await loadBase(repo.dir, 'main');
    const result = lintChange({ root: repo.dir, paths: ['infra'], rules: builtinRules, base: base.source });
    expect(lines(result.findings)).toEqual(["new infra/acr.bicep:5:35: Container registry 'cradded' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]"]);
  });

  it('a directive for a diff rule suppresses its finding, and is not unused when there is no base', async () => {
    const repo = pullRequestRepo();
    const suppressed = workspace('SystemAssigned', []).replace("    type: 'SystemAssigned'", "    // amlguard-disable-next-line workspace-identity-downgrade -- the UAIs moved to the hub\n    type: 'SystemAssigned'");
    repo.commit('suppress', { 'infra/workspace.bicep': suppressed });
    const base = await loadBase(repo.dir, 'main');
    const result = lintChange({ root: repo.dir, rules: builtinRules, base: base.source, renames: renamesOf(base.changes) });
    const downgrade = result.findings.filter((f) => f.ruleId === 'workspace-identity-downgrade');
    expect(downgrade.map((f) => f.suppression)).toEqual([{ justification: 'the UAIs moved to the hub' }]);
    expect(result.findings.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
    expect(result.fixed).toHaveLength(1); // the legacy registry only
    // A snapshot run (a push) cannot run the diff rule: the directive is not reported as unused.
    expect(lint({ root: repo.dir, rules: builtinRules }).findings.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
  });

  it('is in the library API: lintAgainst(base, options)', async () => {
    const repo = pullRequestRepo();
    const result = await lintAgainst('main', { root: repo.dir, changedOnly: true });
    expect(result.findings.map((f) => `${f.baselineState} ${f.loc.file} ${f.ruleId}`)).toEqual([
      'new infra/sandbox-acr.bicep acr-admin-user',
      'unchanged infra/workspace.bicep workspace-acr-autocreate',
      'new infra/workspace.bicep workspace-identity-downgrade',
      'unchanged infra/workspace.bicep acr-admin-user',
    ]);
    expect(result.fixed.map((f) => f.loc.file)).toEqual(['infra/legacy-acr.bicep']);
  });
});

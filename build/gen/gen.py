import re, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from spec import SPEC
ROOT = '/work/wt-docker2'
RULES = ROOT + '/src/KubeSec.Core/Rules/Dockerfiles/'
def cs(s):
    return '"' + s.replace('\\','\\\\').replace('"','\\"').replace('\n','\\n').replace('\r','\\r').replace('\t','\\t') + '"'
def region(text, needle, occ):
    i = -1
    for _ in range(occ + 1):
        i = text.index(needle, i + 1)
    line = text.count('\n', 0, i) + 1
    col = i - (text.rfind('\n', 0, i) + 1) + 1
    end = i + len(needle)
    eline = text.count('\n', 0, end) + 1
    ecol = end - (text.rfind('\n', 0, end) + 1) + 1
    return line, col, eline, ecol
def meta(cls):
    src = open(RULES + cls + '.cs').read()
    m = re.search(r'new\("(KS\d+)", "(\w+)", "((?:[^"\\]|\\.)*)", Severity\.(\w+)', src)
    desc = re.search(r'Description = "((?:[^"\\]|\\.)*)"', src).group(1).replace('\\"','"')
    fix = re.search(r'Fix = "((?:[^"\\]|\\.)*)"', src).group(1).replace('\\"','"')
    eq = re.findall(r'"((?:hadolint|trivy|checkov):[\w-]+)"', src)
    cis = re.search(r'CisItem = "([^"]*)"', src)
    on = 'EnabledByDefault = false' not in src
    return dict(id=m.group(1), name=m.group(2), title=m.group(3).replace('\\"','"'), sev=m.group(4).lower(), desc=desc, fix=fix, eq=eq, cis=cis.group(1) if cis else None, on=on)
PEERREF = {'hadolint':'https://github.com/hadolint/hadolint/wiki/{}', 'trivy':'https://avd.aquasec.com/misconfig/dockerfile/general/avd-ds-{}/', 'checkov':'https://www.checkov.io/5.Policy%20Index/dockerfile.html ({})'}
for id_, s in SPEC.items():
    md = meta(s['cls'])
    assert md['id'] == id_, id_
    # tests
    t = []
    t.append('using KubeSec.Rules.Dockerfiles;\nusing static KubeSec.Tests.Dockerfiles.DockerfileAssert;\n\nnamespace KubeSec.Tests.Rules.Dockerfiles;\n')
    t.append('public sealed class %sTests\n{\n    private static readonly %s Rule = new();\n' % (id_, s['cls']))
    t.append('    [Theory]')
    for text, needle, occ in s['fire']:
        l, c, el, ec = region(text, needle, occ)
        t.append('    [InlineData(%s, %d, %d, %d, %d)]' % (cs(text), l, c, el, ec))
    t.append('    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)\n    {\n        var finding = Single(RuleRunner.Run(Rule, text), "%s");\n\n        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);\n        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);\n        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);\n    }\n' % id_)
    t.append('    [Theory]')
    for text in s['passes']:
        t.append('    [InlineData(%s)]' % cs(text))
    t.append('    public void Passes(string text)\n    {\n        Assert.Empty(RuleRunner.Run(Rule, text).Only(%s.Rule));\n    }\n}' % s['cls'])
    open(ROOT + '/tests/KubeSec.Core.Tests/Rules/Dockerfiles/%sTests.cs' % id_, 'w').write('\n'.join(t) + '\n')
    # docs
    d = []
    d.append('# %s: %s' % (id_, md['title']))
    d.append('| | |\n|---|---|')
    d.append('| Severity | %s |' % md['sev'])
    d.append('| Category | Dockerfile |')
    d.append('| On by default | %s |' % ('yes' if md['on'] else 'no (opt-in: `--all-rules`, profile `all`, or `IncludeOptInRules`)'))
    if md['cis']: d.append('| CIS | CIS %s |' % md['cis'])
    d.append('| Equivalents | %s |' % (', '.join('`%s`' % e for e in md['eq']) if md['eq'] else 'none (no peer has this check)'))
    d.append('\n## What it checks')
    d.append(md['desc'])
    d.append('\nThe finding points at the exact offending text (for example `%s` in `%s`), names the line, and says how to fix it. Examples the tests pin down:\n' % (s['fire'][0][1], s['fire'][0][0].strip().split('\n')[-1]))
    for text, needle, occ in s['fire']:
        d.append('- reported: `%s` (at `%s`)' % (text.strip().replace('\n', ' / '), needle))
    for text in s['passes']:
        d.append('- not reported: `%s`' % text.strip().replace('\n', ' / '))
    d.append('\n## Why it matters')
    d.append(md['desc'].split('. ')[0].rstrip('.') + '. ' + ('This is a security weakness an attacker can use against the running image or the build.' if md['sev'] in ('high','critical') else 'It makes builds less reliable or images larger and harder to maintain, which slows down patching.'))
    d.append('\n## How to fix')
    d.append(md['fix'])
    d.append('\nBefore:\n\n```dockerfile\n%s\n```\n\nAfter:\n\n```dockerfile\n%s\n```' % (s['before'], s['after']))
    d.append('\n## How to suppress')
    d.append('In the build, add the ID to `NoWarn` in the project file or `Directory.Build.props`:\n\n```xml\n<PropertyGroup>\n  <NoWarn>$(NoWarn);%s</NoWarn>\n</PropertyGroup>\n```\n\nThe `kubesec` tool reports without failing with `kubesec scan --mode warn`. Per-instruction suppression comments and baselines are not available yet.' % id_)
    d.append('\n## References')
    d.append('- Dockerfile reference: https://docs.docker.com/reference/dockerfile/')
    d.append('- Docker build best practices: https://docs.docker.com/build/building/best-practices/')
    for e in md['eq']:
        peer, pid = e.split(':', 1)
        if peer == 'trivy': d.append('- Trivy %s: https://avd.aquasec.com/misconfig/dockerfile/general/avd-%s/' % (pid, pid.lower()))
        elif peer == 'hadolint': d.append('- hadolint %s: https://github.com/hadolint/hadolint/wiki/%s' % (pid, pid))
        else: d.append('- Checkov %s: https://www.checkov.io/5.Policy%%20Index/dockerfile.html' % pid)
    if md['cis']: d.append('- CIS Docker Benchmark, item %s' % md['cis'].replace('Docker ', ''))
    open(ROOT + '/docs/rules/%s.md' % id_, 'w').write('\n'.join(d) + '\n')
print('generated', len(SPEC))

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using KubeSec.Dockerfiles;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Rules.Dockerfiles;
using KubeSec.Text;

namespace KubeSec.Scanning;

/// <summary>
/// The engine's entry point: loads every file, runs the selected rules, and returns the findings in
/// a stable order. The build task and the tool both call this and nothing below it.
/// </summary>
public sealed class Scanner
{
    private const int ParallelThreshold = 16;

    private readonly ScanOptions _options;
    private readonly IReadOnlyList<ManifestRule> _manifestRules;
    private readonly IReadOnlyList<CrossObjectRule> _crossObjectRules;
    private readonly IReadOnlyList<DockerfileRule> _dockerfileRules;
    private readonly IReadOnlyList<RuleDescriptor> _descriptors;

    public Scanner(ScanOptions? options = null, RuleCatalog? catalog = null)
    {
        _options = options ?? ScanOptions.Default;
        catalog ??= RuleCatalog.Default;
        var profile = _options.EffectiveProfile;
        bool Selected(Rule rule) => profile.Selects(rule.Descriptor);
        _manifestRules = catalog.ManifestRules.Where(Selected).ToArray();
        _crossObjectRules = catalog.CrossObjectRules.Where(Selected).ToArray();
        _dockerfileRules = catalog.DockerfileRules.Where(Selected).ToArray();
        _descriptors = catalog.All.Where(rule => rule is EngineRule || Selected(rule)).Select(rule => rule.Descriptor).ToArray();
    }

    public ScanResult Scan(IEnumerable<string> manifestPaths, IEnumerable<string> dockerfilePaths)
    {
        var work = manifestPaths.Where(path => !HelmChart.IsTemplate(path)).Select(path => (Path: path, IsDockerfile: false))
            .Concat(dockerfilePaths.Select(path => (Path: path, IsDockerfile: true)))
            .Distinct()
            .ToArray();

        var perFile = new FileResult[work.Length];
        void ScanOne(int i)
        {
            var source = SourceFile.Read(work[i].Path, _options.MaxFileBytes);
            perFile[i] = work[i].IsDockerfile ? ScanDockerfile(source) : ScanManifest(source);
        }

        if (work.Length < ParallelThreshold || _options.Parallelism <= 1)
        {
            // A typical project has a handful of files: threads would only JIT the same code twice.
            for (var i = 0; i < work.Length; i++)
            {
                ScanOne(i);
            }
        }
        else
        {
            Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism }, ScanOne);
        }

        return Collect(perFile);
    }

    private ScanResult Collect(IReadOnlyList<FileResult> perFile)
    {
        var crossObject = CheckAcrossObjects(perFile.SelectMany(result => result.Objects));
        var findings = perFile.SelectMany(result => result.Findings)
            .Concat(crossObject)
            .OrderBy(finding => finding.FilePath, StringComparer.Ordinal)
            .ThenBy(finding => finding.Region.StartLine)
            .ThenBy(finding => finding.Region.StartColumn)
            .ThenBy(finding => finding.RuleId, StringComparer.Ordinal)
            .ThenBy(finding => finding.LogicalPath, StringComparer.Ordinal)
            .ToArray();

        // "ShellCheck is not installed" is said once per scan, not once per Dockerfile; ShellCheck's own
        // SCnnnn results are not catalog rules, so their descriptors join the rule table (SARIF) here.
        findings = findings.Where((finding, i) => finding.RuleId != KS7190ShellCheck.Rule.Id || Array.FindIndex(findings, f => f.RuleId == KS7190ShellCheck.Rule.Id) == i).ToArray();
        var rules = _descriptors.Concat(ShellCheckRules.DescriptorsFor(findings)).ToArray();
        return new ScanResult(findings, rules, perFile.Count, perFile.Sum(result => result.Objects.Count));
    }

    /// <summary>Scans one in-memory manifest text, cross-object rules included (used by tests and editors).</summary>
    public IReadOnlyList<Finding> ScanManifestText(string path, string text) =>
        ScanManifestTexts(new[] { new KeyValuePair<string, string>(path, text) }).Findings;

    /// <summary>Scans in-memory manifest texts together, as one scan of several files would.</summary>
    public ScanResult ScanManifestTexts(IEnumerable<KeyValuePair<string, string>> files)
    {
        var perFile = files.Select(file => ScanManifest(SourceFile.FromBytes(file.Key, new System.Text.UTF8Encoding(false).GetBytes(file.Value)))).ToArray();
        return Collect(perFile);
    }

    /// <summary>Scans one in-memory Dockerfile text (used by tests and editors).</summary>
    public IReadOnlyList<Finding> ScanDockerfileText(string path, string text) =>
        ScanDockerfile(SourceFile.FromBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text))).Findings;

    private IReadOnlyList<Finding> CheckAcrossObjects(IEnumerable<KubernetesObject> objects)
    {
        if (_crossObjectRules.Count == 0)
        {
            return Array.Empty<Finding>();
        }

        var index = new ObjectIndex(objects);
        var sink = new FindingSink(string.Empty, _options);
        foreach (var rule in _crossObjectRules)
        {
            rule.Check(index, sink);
        }

        return sink.Findings;
    }

    private FileResult ScanManifest(SourceFile source)
    {
        var file = ManifestLoader.Load(source, _options.YamlLimits);
        var sink = new FindingSink(source.Path, _options);
        foreach (var obj in file.Objects)
        {
            foreach (var rule in _manifestRules)
            {
                rule.Check(obj, sink);
            }
        }

        return new FileResult(file.Diagnostics.Concat(sink.Findings).ToArray(), file.Objects.Select(ObjectIndex.Retained).ToArray());
    }

    private FileResult ScanDockerfile(SourceFile source)
    {
        var dockerfile = DockerfileParser.Parse(source);
        var sink = new FindingSink(source.Path, _options);
        foreach (var rule in _dockerfileRules)
        {
            rule.Check(dockerfile, sink);
        }

        // '# kubesec ignore=...' and '# hadolint ignore=...' comments silence findings of their instruction or file.
        var findings = InlineIgnores.Apply(source.Text, dockerfile, dockerfile.Diagnostics.Concat(sink.Findings).ToArray(), RuleCatalog.Default.All.Select(rule => rule.Descriptor));
        return new FileResult(findings, Array.Empty<KubernetesObject>());
    }

    private readonly struct FileResult
    {
        public FileResult(IReadOnlyList<Finding> findings, IReadOnlyList<KubernetesObject> objects)
        {
            Findings = findings;
            Objects = objects;
        }

        public IReadOnlyList<Finding> Findings { get; }
        public IReadOnlyList<KubernetesObject> Objects { get; }
    }
}

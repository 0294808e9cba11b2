using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using KubeSec.Dockerfiles;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Rules.Dockerfiles;
using KubeSec.Rules.Engine;
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

    public ScanResult Scan(IEnumerable<string> manifestPaths, IEnumerable<string> dockerfilePaths) =>
        Scan(manifestPaths, dockerfilePaths, Array.Empty<Finding>());

    /// <summary>Scans what a folder walk found, the walk's own findings (unreadable folders, links not followed) included.</summary>
    public ScanResult Scan(DiscoveredFiles files) => Scan(files.Manifests, files.Dockerfiles, files.Findings);

    private ScanResult Scan(IEnumerable<string> manifestPaths, IEnumerable<string> dockerfilePaths, IReadOnlyList<Finding> discoveryFindings)
    {
        var charts = new HelmTemplates();
        var work = manifestPaths.Select(path => (Path: path, IsDockerfile: false))
            .Concat(dockerfilePaths.Select(path => (Path: path, IsDockerfile: true)))
            .Distinct()
            .Select(item => (item.Path, item.IsDockerfile, Chart: item.IsDockerfile ? null : charts.ChartOf(item.Path)))
            .ToArray();

        var perFile = new FileResult[work.Length];
        void ScanOne(int i)
        {
            // One file's failure is that file's finding: every other file keeps its findings.
            try
            {
                var source = SourceFile.Read(work[i].Path, _options.MaxFileBytes);
                if (work[i].Chart is { } chart && HelmChart.IsTemplateText(source.Text))
                {
                    // A Go template is not YAML until rendered. One without a single action renders to
                    // itself, so it is linted: a chart layout cannot hide a plain manifest.
                    perFile[i] = FileResult.SkippedTemplate(chart);
                    return;
                }

                perFile[i] = work[i].IsDockerfile ? ScanDockerfile(source) : ScanManifest(source);
            }
#pragma warning disable CA1031 // Whatever a parser or rule throws, it must not cost the other files their findings.
            catch (Exception error)
#pragma warning restore CA1031
            {
                perFile[i] = new FileResult(new[] { InternalFailure(work[i].Path, error, "this file") }, Array.Empty<KubernetesObject>());
            }
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

        var chartNotices = HelmTemplates.Findings(perFile.Where(result => result.TemplateOf is not null).Select(result => result.TemplateOf!));
        return Collect(perFile, discoveryFindings.Concat(chartNotices), work.Where(item => !item.IsDockerfile).Select(item => item.Path).FirstOrDefault());
    }

    /// <summary>
    /// KS0000 at the file whose parser or rule threw: the exception's type and a short, sanitized message
    /// (exception messages may quote input). A scan with such a finding has <see cref="ScanResult.HasInternalErrors"/>.
    /// </summary>
    internal static Finding InternalFailure(string path, Exception error, string what)
    {
        var rule = KS0000InternalError.Rule;
        var message = rule.Title + " on " + what + " (" + error.GetType().Name + ": " + QuotedText.Short(error.Message) + "), so it was not checked; every other result of the scan stands. " +
                      "Report the message and the file to the KubeSec.Build maintainers.";
        return new Finding(rule.Id, rule.DefaultSeverity, message, path, SourceRegion.FileStart, "file");
    }

    private ScanResult Collect(IReadOnlyList<FileResult> perFile, IEnumerable<Finding>? extra = null, string? crossObjectAnchor = null)
    {
        var crossObject = CheckAcrossObjects(perFile.SelectMany(result => result.Objects), crossObjectAnchor);
        var findings = perFile.SelectMany(result => result.Findings)
            .Concat(crossObject)
            .Concat(extra ?? Array.Empty<Finding>())
            .OrderBy(finding => finding.FilePath, StringComparer.Ordinal)
            .ThenBy(finding => finding.Region.StartLine)
            .ThenBy(finding => finding.Region.StartColumn)
            .ThenBy(finding => finding.RuleId, StringComparer.Ordinal)
            .ThenBy(finding => finding.LogicalPath, StringComparer.Ordinal)
            .ToArray();

        // "ShellCheck is not installed" is said once per scan, not once per Dockerfile; ShellCheck's own
        // SCnnnn results are not catalog rules, so their descriptors join the rule table (SARIF) here.
        var firstShellCheckNotice = Array.FindIndex(findings, f => f.RuleId == KS7190ShellCheck.Rule.Id);
        findings = findings.Where((finding, i) => finding.RuleId != KS7190ShellCheck.Rule.Id || i == firstShellCheckNotice).ToArray();
        var rules = _descriptors.Concat(ShellCheckRules.DescriptorsFor(findings)).ToArray();
        return new ScanResult(findings, rules, perFile.Count(result => result.TemplateOf is null), perFile.Sum(result => result.Objects.Count));
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

    private IReadOnlyList<Finding> CheckAcrossObjects(IEnumerable<KubernetesObject> objects, string? anchor)
    {
        if (_crossObjectRules.Count == 0)
        {
            return Array.Empty<Finding>();
        }

        var retained = objects.ToArray();
        var findings = new List<Finding>();
        ObjectIndex index;
        try
        {
            index = new ObjectIndex(retained);
        }
#pragma warning disable CA1031 // Without an index no cross-object rule can run; the per-file findings stand.
        catch (Exception error)
#pragma warning restore CA1031
        {
            findings.Add(InternalFailure(anchor ?? (retained.Length > 0 ? retained[0].FilePath : string.Empty), error, "the index of objects for the cross-object rules"));
            return findings;
        }

        foreach (var rule in _crossObjectRules)
        {
            // Each rule reports into its own sink: a rule that throws loses only its own findings.
            var sink = new FindingSink(string.Empty, _options);
            try
            {
                rule.Check(index, sink);
                findings.AddRange(sink.Findings);
            }
#pragma warning disable CA1031 // One cross-object rule's bug must not cost the scan its other findings.
            catch (Exception error)
#pragma warning restore CA1031
            {
                var at = anchor ?? (retained.Length > 0 ? retained[0].FilePath : string.Empty);
                findings.Add(InternalFailure(at, error, "the cross-object rule " + rule.Descriptor.Id));
            }
        }

        return findings;
    }

    private FileResult ScanManifest(SourceFile source)
    {
        var json = JsonManifestText.IsJsonName(source.Path);
        if (json && (source.Text is null ? !IsKubernetesJson(source) : JsonManifestText.CannotHoldObject(source.Text)))
        {
            return new FileResult(Array.Empty<Finding>(), Array.Empty<KubernetesObject>());
        }

        var file = ManifestLoader.Load(source, _options.YamlLimits);
        if (json && file.Objects.Count == 0 && !IsKubernetesJson(source))
        {
            // package.json, appsettings.json, tsconfig.json with comments: not Kubernetes objects, so their
            // syntax is not our business. Every .json is still parsed, so no spelling of its keys hides an object.
            return new FileResult(Array.Empty<Finding>(), Array.Empty<KubernetesObject>());
        }

        var sink = new FindingSink(source.Path, _options);
        var failures = new RuleFailures(source.Path);
        foreach (var obj in file.Objects)
        {
            foreach (var rule in _manifestRules)
            {
                failures.Run(rule, obj, sink, static (check, input, findings) => check.Check(input, findings));
            }
        }

        return new FileResult(file.Diagnostics.Concat(sink.Findings).Concat(failures.Findings).ToArray(), file.Objects.Select(ObjectIndex.Retained).ToArray());
    }

    /// <summary>
    /// Whether a .json file is one kubectl would apply, so that its problems are ours to report: its root
    /// object has apiVersion and kind. A file too large to read is judged by its first bytes (kubectl
    /// writes apiVersion first); a binary one is not a manifest; one that cannot be opened is reported.
    /// </summary>
    private static bool IsKubernetesJson(SourceFile source) => source.Problem switch
    {
        SourceFileProblemKind.Unreadable or SourceFileProblemKind.NotRegularFile => true,
        SourceFileProblemKind.Binary => false,
        SourceFileProblemKind.TooLarge => SourceFile.ReadPrefix(source.Path, 64 * 1024) is { } prefix && JsonManifestText.MentionsApiVersion(prefix),
        _ => source.Text is not null && JsonManifestText.LooksLikeKubernetesObject(source.Text),
    };

    private FileResult ScanDockerfile(SourceFile source)
    {
        if (source.Text is null)
        {
            // Not read (missing, a FIFO, too large...): that is the one thing to say, not "no FROM".
            var problems = new FindingSink(source.Path, _options);
            SourceProblemReporter.Report(source, problems);
            return new FileResult(problems.Findings, Array.Empty<KubernetesObject>());
        }

        var dockerfile = DockerfileParser.Parse(source);
        var sink = new FindingSink(source.Path, _options);
        var failures = new RuleFailures(source.Path);
        foreach (var rule in _dockerfileRules)
        {
            failures.Run(rule, dockerfile, sink, static (check, input, findings) => check.Check(input, findings));
        }

        // '# kubesec ignore=...' and '# hadolint ignore=...' comments silence findings of their instruction or file
        // (never an internal failure: that must reach the gate).
        var findings = InlineIgnores.Apply(source.Text, dockerfile, dockerfile.Diagnostics.Concat(sink.Findings).ToArray(), RuleCatalog.Default.All.Select(rule => rule.Descriptor));
        return new FileResult(findings.Concat(failures.Findings).ToArray(), Array.Empty<KubernetesObject>());
    }

    /// <summary>The rules that threw on one file: one KS0000 per rule, however many objects it threw on.</summary>
    private sealed class RuleFailures
    {
        private readonly string _path;
        private readonly List<Finding> _findings = new();
        private readonly HashSet<string> _rules = new(StringComparer.Ordinal);

        public RuleFailures(string path) => _path = path;

        public IReadOnlyList<Finding> Findings => _findings;

        /// <summary>Runs one rule on one input (a static delegate: no allocation per call); its bug costs only its own findings there.</summary>
        public void Run<TRule, TInput>(TRule rule, TInput input, FindingSink sink, Action<TRule, TInput, FindingSink> check)
            where TRule : Rule
        {
            try
            {
                check(rule, input, sink);
            }
#pragma warning disable CA1031 // One rule's bug costs only that rule's findings on this input.
            catch (Exception error)
#pragma warning restore CA1031
            {
                Add(rule, error);
            }
        }

        private void Add(Rule rule, Exception error)
        {
            if (_rules.Add(rule.Descriptor.Id))
            {
                _findings.Add(InternalFailure(_path, error, "the rule " + rule.Descriptor.Id + " for this file"));
            }
        }
    }

    private readonly struct FileResult
    {
        public FileResult(IReadOnlyList<Finding> findings, IReadOnlyList<KubernetesObject> objects, string? templateOf = null)
        {
            Findings = findings;
            Objects = objects;
            TemplateOf = templateOf;
        }

        /// <summary>The chart folder, when the file is one of its templates and was left out.</summary>
        public string? TemplateOf { get; }

        public static FileResult SkippedTemplate(string chart) => new(Array.Empty<Finding>(), Array.Empty<KubernetesObject>(), chart);

        public IReadOnlyList<Finding> Findings { get; }
        public IReadOnlyList<KubernetesObject> Objects { get; }
    }
}

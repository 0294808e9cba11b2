using System;
using System.CommandLine;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using KubeSec.Model;
using KubeSec.Reporting;
using KubeSec.Rules;
using KubeSec.Scanning;
using KubeSec.Triage;

namespace KubeSec.Tool;

/// <summary><c>kubesec scan PATH... [--format text|sarif] [--output FILE] [--all-rules] [--mode M] [--fail-level L]</c>.</summary>
internal static class ScanCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders to scan (folders recursively).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif");
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output ('-' is standard output). A regular file is replaced atomically; a device or pipe is written to; a folder is refused." };
        var allRules = new Option<bool>("--all-rules") { Description = "Also run the opt-in rules." };
        var mode = new Option<string>("--mode") { Description = "observe (never fail), warn (never fail) or block (fail at --fail-level).", DefaultValueFactory = _ => "block" };
        mode.AcceptOnlyFromAmong("observe", "warn", "block");
        var failLevel = new Option<string>("--fail-level") { Description = "In block mode, the lowest severity that fails: info, low, medium, high, critical.", DefaultValueFactory = _ => "low" };
        failLevel.AcceptOnlyFromAmong("info", "low", "medium", "high", "critical");
        var profile = new Option<string>("--profile") { Description = "Which rules run: default, baseline (adds Pod Security Standards baseline), restricted (adds restricted) or all.", DefaultValueFactory = _ => "default" };
        profile.AcceptOnlyFromAmong("default", "baseline", "restricted", "all");
        var kubernetesVersion = new Option<string?>("--kubernetes-version") { Description = "The Kubernetes release the manifests target (default " + KubernetesVersion.Default + ")." };
        kubernetesVersion.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && !KubernetesVersion.TryParse(text, out _))
            {
                result.AddError("--kubernetes-version takes a release such as 1.30, not '" + text + "'.");
            }
        });
        var sourceRoot = new Option<string?>("--source-root") { Description = "Root for the SARIF file's relative URIs (default: the current folder)." };
        sourceRoot.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && !IsUsablePath(text))
            {
                result.AddError("--source-root takes a folder path, not '" + LogText.ForTerminal(text) + "'.");
            }
        });

        var command = new Command("scan", "Scan manifests and Dockerfiles and report findings.")
        {
            paths, format, outputFile, allRules, profile, kubernetesVersion, mode, failLevel, sourceRoot,
        };
        command.SetAction(result =>
        {
            GatePolicy.TryParseMode(result.GetValue(mode), out var gateMode);
            SeverityText.TryParse(result.GetValue(failLevel), out var level);
            return Run(new ScanRequest
            {
                Paths = result.GetValue(paths) ?? Array.Empty<string>(),
                Sarif = result.GetValue(format) == "sarif",
                OutputPath = result.GetValue(outputFile),
                Options = new ScanOptions
                {
                    IncludeOptInRules = result.GetValue(allRules),
                    Profile = RuleProfiles.TryParse(result.GetValue(profile), out var chosen) ? chosen : RuleProfile.Default,
                    KubernetesVersion = KubernetesVersion.TryParse(result.GetValue(kubernetesVersion), out var version) ? version : KubernetesVersion.Default,
                },
                Gate = new GatePolicy(gateMode, level),
                SourceRoot = result.GetValue(sourceRoot) ?? Directory.GetCurrentDirectory(),
            }, output, error);
        });
        return command;
    }

    private static int Run(ScanRequest request, TextWriter output, TextWriter error)
    {
        var files = FileDiscovery.Discover(request.Paths);
        if (files.Missing.Count > 0)
        {
            foreach (var missing in files.Missing)
            {
                error.WriteLine("kubesec: no such file or folder: " + LogText.ForTerminal(missing));
            }

            return Cli.UsageError;
        }

        ScanResult result;
        try
        {
            result = new Scanner(request.Options).Scan(files);
        }
#pragma warning disable CA1031 // An engine bug is reported as one line and exit code 2, never a stack trace.
        catch (Exception internalError)
#pragma warning restore CA1031
        {
            error.WriteLine("kubesec: internal error (" + internalError.GetType().Name + ": " + LogText.ForTerminal(internalError.Message) + "); please report it. KS0000");
            return Cli.UsageError;
        }

        var reported = result.Findings.Where(request.Gate.IsReported).ToList();
        var toStandardOutput = request.OutputPath is null || request.OutputPath == "-";
        try
        {
            if (toStandardOutput)
            {
                Report(request, reported, result, output);
            }
            else
            {
                OutputFile.Write(request.OutputPath!, writer => Report(request, reported, result, writer));
            }
        }
#pragma warning disable CA1031 // Whatever stops the report file, the findings are printed and the exit code says so.
        catch (Exception writeError)
#pragma warning restore CA1031
        {
            if (toStandardOutput)
            {
                // Standard output itself failed (a closed pipe): there is nowhere left to print the findings.
                error.WriteLine("kubesec: cannot write the report to standard output: " + LogText.ForTerminal(writeError.Message));
                return Cli.UsageError;
            }

            error.WriteLine("kubesec: cannot write " + LogText.ForTerminal(request.OutputPath) + ": " + LogText.ForTerminal(writeError.Message) + " The findings follow on standard output, as text.");
            WriteText(request, reported, result, output);
            return Cli.UsageError;
        }

        // KS0000: a file the engine could not process. Its findings are printed; the exit code says the scan is incomplete.
        if (result.Findings.Any(GatePolicy.IsInternalFailure))
        {
            error.WriteLine("kubesec: the scan hit an internal error (KS0000 above); please report it.");
            return Cli.UsageError;
        }

        return reported.Any(finding => request.Gate.Decide(finding) == Disposition.Error) ? Cli.GateFailed : Cli.Clean;
    }

    private static void Report(ScanRequest request, List<Finding> reported, ScanResult result, TextWriter writer)
    {
        if (request.Sarif)
        {
            SarifReport.Write(result, request.Gate, request.SourceRoot, writer);
        }
        else
        {
            WriteText(request, reported, result, writer);
        }
    }

    private static void WriteText(ScanRequest request, List<Finding> reported, ScanResult result, TextWriter writer)
    {
        var currentDirectory = Directory.GetCurrentDirectory();
        foreach (var finding in reported)
        {
            var display = SourcePaths.Relative(currentDirectory, finding.FilePath) ?? finding.FilePath;
            writer.WriteLine(TextReport.FormatLine(finding, request.Gate.Decide(finding), display));
        }

        var risks = result.Risks.Where(risk => risk.Score > 0).Take(10).ToList();
        if (risks.Count > 0)
        {
            writer.WriteLine("Risk by object (highest first; critical 10, high 7, medium 4, low 1 per rule broken):");
            foreach (var risk in risks)
            {
                writer.WriteLine(string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    "  {0,4}  {1}  {2}  ({3})",
                    risk.Score,
                    LogText.ForTerminal(risk.Object.ToString()),
                    LogText.ForTerminal(SourcePaths.Relative(currentDirectory, risk.FilePath) ?? risk.FilePath),
                    LogText.ForTerminal(string.Join(", ", risk.RuleIds))));
            }
        }

        var errors = reported.Count(finding => request.Gate.Decide(finding) == Disposition.Error);
        writer.WriteLine(string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "{0} finding(s), {1} failing the gate, in {2} file(s) ({3} Kubernetes object(s)).",
            reported.Count,
            errors,
            result.FilesScanned,
            result.ObjectsScanned));
    }

    /// <summary>A path .NET can resolve: not empty or blank, no NUL, not malformed.</summary>
    private static bool IsUsablePath(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            _ = Path.GetFullPath(text);
            return true;
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }

    private sealed class ScanRequest
    {
        public string[] Paths { get; init; } = Array.Empty<string>();
        public bool Sarif { get; init; }
        public string? OutputPath { get; init; }
        public ScanOptions Options { get; init; } = ScanOptions.Default;
        public GatePolicy Gate { get; init; } = GatePolicy.ToolDefault;
        public string SourceRoot { get; init; } = ".";
    }
}

using System;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace KubeSec.Build.Tests;

/// <summary>
/// The SARIF multitool (npm @microsoft/sarif-multitool-linux), installed on first use into the
/// repository's .tools folder. It exits 0 even when it finds errors, so its output log is read.
/// </summary>
internal static class SarifValidator
{
    private const string PackageVersion = "5.7.0";
    private static readonly object InstallLock = new();

    public static string[] Errors(string sarifPath, string workFolder)
    {
        var tool = EnsureInstalled();
        var output = Path.Combine(workFolder, "validation-" + Guid.NewGuid().ToString("N") + ".sarif");
        var run = ProcessRunner.Run(tool, $"validate \"{sarifPath}\" -o \"{output}\" --rule-kind \"Gh;Sarif\" --level \"Error;Warning\" --log ForceOverwrite", workFolder);
        if (!File.Exists(output))
        {
            throw new InvalidOperationException("The SARIF multitool wrote no report:\n" + run.Output);
        }

        var log = JObject.Parse(File.ReadAllText(output));
        return log["runs"]!.SelectMany(r => r["results"] ?? new JArray())
            .Where(r => (string?)r["level"] == "error" || r["level"] is null)
            .Select(r => (string?)r["ruleId"] + ": " + (string?)r["message"]?["text"] + " " + string.Join(",", r["message"]?["arguments"]?.Values<string>() ?? Array.Empty<string>()))
            .ToArray();
    }

    private static string EnsureInstalled()
    {
        var configured = Environment.GetEnvironmentVariable("KUBESEC_SARIF_MULTITOOL");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured))
        {
            return configured;
        }

        var prefix = Path.Combine(PackageFeed.FindRepoRoot(), ".tools", "sarif-multitool");
        var binary = Path.Combine(prefix, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        lock (InstallLock)
        {
            if (!File.Exists(binary))
            {
                Directory.CreateDirectory(prefix);
                var install = ProcessRunner.Run("npm", $"install --no-save --no-audit --no-fund --prefix \"{prefix}\" @microsoft/sarif-multitool-linux@{PackageVersion}", prefix);
                if (install.ExitCode != 0 || !File.Exists(binary))
                {
                    throw new InvalidOperationException("Installing the SARIF multitool with npm failed:\n" + install.Output);
                }
            }

            // npm does not run the package's postinstall here, so the binary may lack its execute bit.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(binary, File.GetUnixFileMode(binary) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return binary;
    }
}

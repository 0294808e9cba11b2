using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7038UnpinnedPackageVersion : DockerfileRule
{
    private static readonly HashSet<string> PipOptionsWithValue = new(StringComparer.Ordinal)
    {
        "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-f", "--find-links",
        "-t", "--target", "--prefix", "--root", "--trusted-host", "--platform", "--python-version", "--implementation", "--abi", "--src", "--cache-dir", "--progress-bar",
    };

    public static readonly RuleDescriptor Rule = new("KS7038", "UnpinnedPackageVersion", "Package installed without a pinned version", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "A package is installed without a version: apt-get install curl (pin with curl=7.88.1-10), apk add curl (curl=8.5.0-r0), pip install flask (flask==3.0.3), npm install -g typescript (typescript@5.6.3), gem install bundler (bundler:2.5.22 or -v), go install example.com/tool (tool@v1.2.3, not @latest). Each build then installs whatever is current, so images of one commit differ and a compromised release flows in unnoticed. Opt-in and controversial: distribution repositories drop old versions, so pinned apt and apk packages break builds as soon as a security update lands; lock files (requirements.txt with hashes, package-lock.json) are the better tool for language packages. Package words with variables, local files (.deb, .apk, .whl, paths) and requirement files are not reported.",
        Fix = "Pin each package (pkg=version for apt and apk, pkg==version for pip, pkg@version for npm and go, -v for gem), or install from a lock file.",
        Equivalents = new[] { "hadolint:DL3008", "hadolint:DL3018", "hadolint:DL3013", "hadolint:DL3016", "hadolint:DL3028", "hadolint:DL3062" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            foreach (var package in Unpinned(command))
            {
                sink.Report(Rule, package.Region, command.Path(command.Program) + "/" + package.Value,
                    "'" + QuotedText.Value(package.Value) + "' on line " + DockerfileFacts.Line(package.Region.StartLine) + " is installed by " + command.Program + " without a version, so each build may get a different one: pin it (" + Example(command.Program, package.Value) + ") or install from a lock file.");
            }
        }
    }

    private static string Example(string program, string package) => program switch
    {
        "apt-get" or "apk" => package + "=<version>",
        "gem" => package + ":<version>",
        "npm" or "go" => package + "@<version>",
        _ => package + "==<version>",
    };

    private static IEnumerable<ShellWord> Unpinned(RunCommand command)
    {
        var verb = command.FirstOperand?.Value ?? string.Empty;
        switch (command.Program)
        {
            case "apt-get" when verb == "install":
                return Packages(command, "install", w => w.IndexOf('=') < 0 && !w.EndsWith(".deb", StringComparison.Ordinal) && w.IndexOf('/') < 0, "-o", "-t", "-c", "--target-release", "--option");
            case "apk" when verb == "add":
                return Packages(command, "add", w => w.IndexOf('=') < 0 && !w.EndsWith(".apk", StringComparison.Ordinal) && w.IndexOf('/') < 0, "-t", "--virtual", "-X", "--repository", "--root", "-p", "--arch");
            case "npm" when verb is "install" or "i" or "add":
                return Packages(command, verb, w => !w.StartsWith(".", StringComparison.Ordinal) && (w.IndexOf('/') < 0 || w.StartsWith("@", StringComparison.Ordinal)) && w.IndexOf('@', 1) < 0 && w.IndexOf(':') < 0 && !w.EndsWith(".tgz", StringComparison.Ordinal), "--prefix", "--registry", "--tag");
            case "gem" when verb == "install" && !command.Has("-v") && !command.Has("--version"):
                return Packages(command, "install", w => w.IndexOf(':') < 0 && !w.EndsWith(".gem", StringComparison.Ordinal), "-i", "--install-dir", "-n", "--bindir", "--source", "-s");
            case "go" when verb == "install":
                return Packages(command, "install", w => w.IndexOf('.') > 0 && (w.IndexOf('@') < 0 || w.EndsWith("@latest", StringComparison.Ordinal)), "-o", "-ldflags", "-tags", "-gcflags");
            default:
                return KS7026PipWithoutNoCacheDir.PipInstall(command) is not null ? PipPackages(command) : Array.Empty<ShellWord>();
        }
    }

    /// <summary>The operands after the verb that fail the pin test; options with values skipped; words with variables never reported.</summary>
    private static IEnumerable<ShellWord> Packages(RunCommand command, string verb, Func<string, bool> unpinned, params string[] optionsWithValue)
    {
        var seenVerb = false;
        var words = command.Command.Words;
        for (var i = command.ProgramIndex + 1; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (!seenVerb)
            {
                seenVerb = word == verb;
                if (!seenVerb && Array.IndexOf(optionsWithValue, word) >= 0)
                {
                    i++;
                }

                continue;
            }

            if (word.StartsWith("-", StringComparison.Ordinal))
            {
                if (Array.IndexOf(optionsWithValue, word) >= 0)
                {
                    i++;
                }

                continue;
            }

            if (!words[i].HasExpansion && word.Length > 0 && unpinned(word))
            {
                yield return words[i];
            }
        }
    }

    private static IEnumerable<ShellWord> PipPackages(RunCommand command)
    {
        var install = KS7026PipWithoutNoCacheDir.PipInstall(command)!;
        var words = command.Command.Words;
        var start = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == install)
            {
                start = i + 1;
            }
        }

        for (var i = Math.Max(start, 0); start >= 0 && i < words.Count; i++)
        {
            var word = words[i].Value;
            if (word.StartsWith("-", StringComparison.Ordinal))
            {
                if (PipOptionsWithValue.Contains(word))
                {
                    i++;
                }

                continue;
            }

            if (words[i].HasExpansion || word.IndexOfAny(new[] { '=', '>', '<', '~', '@', '/', '!' }) >= 0 || word == "." ||
                word.EndsWith(".whl", StringComparison.Ordinal) || word.EndsWith(".tar.gz", StringComparison.Ordinal) || word.EndsWith(".zip", StringComparison.Ordinal))
            {
                continue;
            }

            yield return words[i];
        }
    }
}

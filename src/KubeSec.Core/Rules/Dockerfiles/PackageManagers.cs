using System;
using System.Collections.Generic;

namespace KubeSec.Rules.Dockerfiles;

/// <summary>What the package managers' subcommands do.</summary>
internal static class PackageManagers
{
    public static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "apt-get", "apt", "aptitude", "apk", "yum", "dnf", "microdnf", "tdnf", "zypper",
    };

    private static readonly HashSet<string> InstallVerbs = new(StringComparer.Ordinal)
    {
        "install", "add", "upgrade", "dist-upgrade", "full-upgrade", "reinstall", "source-install", "groupinstall", "localinstall", "in", "up", "dup", "update-minimal",
    };

    public static bool IsInstallVerb(string verb) => InstallVerbs.Contains(verb);

    /// <summary>The subcommand of a package manager command, or null for another program.</summary>
    public static ShellWordOrNull Verb(RunCommand command) =>
        All.Contains(command.Program) && command.FirstOperand is { } verb ? new ShellWordOrNull(verb) : default;
}

/// <summary>A nullable shell word that reads well in patterns.</summary>
internal readonly struct ShellWordOrNull
{
    public ShellWordOrNull(KubeSec.Dockerfiles.ShellWord word) => Word = word;

    public KubeSec.Dockerfiles.ShellWord? Word { get; }

    public string Value => Word?.Value ?? string.Empty;
}

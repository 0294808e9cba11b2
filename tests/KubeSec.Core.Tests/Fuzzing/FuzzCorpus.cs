using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace KubeSec.Tests.Fuzzing;

/// <summary>What a fuzz input is fed to.</summary>
public enum FuzzTarget
{
    /// <summary>The YAML loader and every manifest and cross-object rule.</summary>
    Manifest,

    /// <summary>The Dockerfile parser and every Dockerfile rule.</summary>
    Dockerfile,

    /// <summary>The Dockerfile variable expander, line by line, with the input's own ARG/ENV values.</summary>
    Expander,
}

/// <summary>
/// The seeds the mutator starts from: the repository's own sample Dockerfiles and manifests, the YAML and
/// Dockerfile examples of the rule pages (before/after of every rule), and a few built-in shapes so a
/// checkout without docs still has seeds. Read in a fixed order, so a seed number names one run.
/// </summary>
public sealed class FuzzCorpus
{
    private FuzzCorpus(IReadOnlyList<byte[]> manifests, IReadOnlyList<byte[]> dockerfiles)
    {
        Manifests = manifests;
        Dockerfiles = dockerfiles;
    }

    public IReadOnlyList<byte[]> Manifests { get; }

    public IReadOnlyList<byte[]> Dockerfiles { get; }

    public IReadOnlyList<byte[]> Seeds(FuzzTarget target) => target == FuzzTarget.Manifest ? Manifests : Dockerfiles;

    /// <summary>Every input of both kinds, for splicing lines of one kind into the other.</summary>
    public IReadOnlyList<byte[]> All => Manifests.Concat(Dockerfiles).ToArray();

    public static FuzzCorpus Load(string? repositoryRoot = null)
    {
        var root = repositoryRoot ?? FindRepositoryRoot();
        var manifests = new List<string>(BuiltInManifests);
        var dockerfiles = new List<string>(BuiltInDockerfiles);
        if (root is not null)
        {
            foreach (var path in Files(Path.Combine(root, "tests", "KubeSec.Core.Tests", "Dockerfiles", "Samples"), "*.Dockerfile")
                .Concat(Files(Path.Combine(root, "samples"), "Dockerfile")))
            {
                dockerfiles.Add(File.ReadAllText(path));
            }

            foreach (var path in Files(Path.Combine(root, "samples"), "*.yaml"))
            {
                manifests.Add(File.ReadAllText(path));
            }

            foreach (var page in Files(Path.Combine(root, "docs", "rules"), "KS*.md"))
            {
                var text = File.ReadAllText(page);
                manifests.AddRange(CodeBlocks(text, "yaml"));
                dockerfiles.AddRange(CodeBlocks(text, "dockerfile"));
            }
        }

        var utf8 = new UTF8Encoding(false);
        return new FuzzCorpus(manifests.Select(utf8.GetBytes).ToArray(), dockerfiles.Select(utf8.GetBytes).ToArray());
    }

    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, pattern, SearchOption.AllDirectories).Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal)
            : Enumerable.Empty<string>();

    /// <summary>The bodies of the Markdown code blocks fenced as <paramref name="language"/> (case-insensitive).</summary>
    private static IEnumerable<string> CodeBlocks(string markdown, string language)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].TrimStart().StartsWith("```" + language, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var body = new StringBuilder();
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Append(lines[i]).Append('\n');
            }

            yield return body.ToString();
        }
    }

    private static string? FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KubeSec.Build.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }

    private static readonly string[] BuiltInManifests =
    {
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  labels: {app: api, tier: \"web\"}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: api}}\n  template:\n    metadata: {labels: {app: api}}\n    spec:\n      hostNetwork: true\n      containers:\n        - name: web\n          image: nginx:latest\n          args: [\"--port\", '8080']\n          securityContext:\n            privileged: true\n            runAsUser: 0\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: api}\nspec:\n  minAvailable: 2\n  selector: {matchLabels: {app: api}}\n",
        "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata: {name: s}\n    spec: {selector: {app: api}, ports: [{port: 80}]}\n  - apiVersion: networking.k8s.io/v1\n    kind: NetworkPolicy\n    metadata: {name: n}\n    spec: {podSelector: {matchExpressions: [{key: app, operator: In, values: [api]}]}}\n",
        "base: &b {runAsNonRoot: true}\nother: *b\nlist:\n- a\n- |\n  block text\n  more\n- >-\n  folded\n? complex key\n: value\n",
        "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"p\"}, \"spec\": {\"containers\": [{\"name\": \"c\", \"image\": \"busybox\"}]}}\n",
    };

    private static readonly string[] BuiltInDockerfiles =
    {
        "# syntax=docker/dockerfile:1\nARG BASE=debian:12\nFROM ${BASE} AS build\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /src /src\nRUN <<EOF\nset -e\necho hi\nEOF\nENV PATH=/usr/local/bin:$PATH LANG=C.UTF-8\nUSER ${USER:-app}\nCMD [\"/app\", \"--port\", \"80\"]\n",
        "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nARG A0=x\nARG A1=$A0$A0\nSHELL [\"powershell\", \"-Command\"]\nRUN Write-Host `\n    hello\nHEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost\"]\n",
    };
}

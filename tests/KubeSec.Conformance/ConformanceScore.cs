using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Scanning;

namespace KubeSec.Conformance;

/// <summary>
/// Reads each peer's expected.tsv (file, object, peer check, fire|pass, concept), maps the peer check
/// to our rules through the rules' declared equivalents, runs those rules on the object, and scores
/// coverage (rows with a mapped rule) and agreement (same verdict as the peer).
/// </summary>
internal static class ConformanceScore
{
    public static int Run(string root, TextWriter output)
    {
        var catalog = RuleCatalog.Default;
        foreach (var peerFolder in Directory.GetDirectories(root).OrderBy(d => d, StringComparer.Ordinal))
        {
            var expected = Path.Combine(peerFolder, "expected.tsv");
            if (!File.Exists(expected))
            {
                continue;
            }

            var peer = Path.GetFileName(peerFolder);
            int rows = 0, covered = 0, agreed = 0;
            var disagreements = new List<string>();
            var uncoveredChecks = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(expected).Skip(1))
            {
                var fields = line.Split('\t');
                if (fields.Length < 4)
                {
                    continue;
                }

                rows++;
                var rules = catalog.ManifestRules.Where(r => r.Descriptor.Equivalents.Contains(peer + ":" + fields[2], StringComparer.Ordinal)).ToList();
                if (rules.Count == 0)
                {
                    uncoveredChecks[fields[2]] = uncoveredChecks.TryGetValue(fields[2], out var n) ? n + 1 : 1;
                    continue;
                }

                covered++;
                var fired = Fires(Path.Combine(peerFolder, fields[0]), fields[1], rules, OptionsFor(peer));
                if (fired is null)
                {
                    disagreements.Add($"{fields[0]}\t{fields[1]}\t{fields[2]}\texpected {fields[3]}, object not found");
                    continue;
                }

                if ((fired.Value ? "fire" : "pass") == fields[3])
                {
                    agreed++;
                }
                else
                {
                    disagreements.Add($"{fields[0]}\t{fields[1]}\t{fields[2]}\texpected {fields[3]}, got {(fired.Value ? "fire" : "pass")} ({string.Join(",", rules.Select(r => r.Descriptor.Id))})");
                }
            }

            output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "conformance {0}: {1} rows, covered {2} ({3:0.0}%), agreement {4}/{2} ({5:0.0}%)",
                peer, rows, covered, Percent(covered, rows), agreed, Percent(agreed, covered)));
            foreach (var disagreement in disagreements)
            {
                output.WriteLine("  disagree: " + disagreement);
            }

            output.WriteLine("  not covered yet: " + string.Join(", ", uncoveredChecks.Select(p => p.Key + "(" + p.Value.ToString(CultureInfo.InvariantCulture) + ")")));
        }

        return 0;
    }

    /// <summary>
    /// The peer's own run configuration where it changes verdicts: kube-score's tests run with its
    /// default target, Kubernetes 1.18 (see the conformance README), which matters to the API-version rules.
    /// </summary>
    private static ScanOptions OptionsFor(string peer) =>
        peer == "kube-score" ? new ScanOptions { KubernetesVersion = new KubernetesVersion(1, 18) } : ScanOptions.Default;

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    /// <summary>Whether any of the rules reports the object; null when the object is not in the file.</summary>
    private static bool? Fires(string path, string objectKey, IReadOnlyList<ManifestRule> rules, ScanOptions options)
    {
        var objects = ManifestLoader.Load(path).Objects;
        var hash = objectKey.LastIndexOf('#');
        var kindAndName = hash >= 0 ? objectKey.Substring(0, hash) : objectKey;
        var slash = kindAndName.IndexOf('/');
        var kind = kindAndName.Substring(0, slash);
        var name = kindAndName.Substring(slash + 1);
        KubernetesObject? target;
        if (hash >= 0)
        {
            var position = int.Parse(objectKey.Substring(hash + 1), CultureInfo.InvariantCulture);
            target = position < objects.Count && objects[position].Kind == kind ? objects[position] : null;
        }
        else
        {
            target = objects.FirstOrDefault(o => o.Kind == kind && o.Name == name);
        }

        if (target is null)
        {
            return null;
        }

        var sink = new FindingSink(path, options);
        foreach (var rule in rules)
        {
            rule.Check(target, sink);
        }

        return sink.Findings.Count > 0;
    }
}

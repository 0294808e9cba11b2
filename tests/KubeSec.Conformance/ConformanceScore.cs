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
/// coverage (rows with a mapped rule) and agreement (same verdict as the peer). Rows where we disagree on
/// purpose are listed with their reason in known-disagreements/&lt;peer&gt;.tsv; they still count against
/// agreement, so the list explains the score rather than inflating it. Each peer must reach the
/// thresholds of the catalog issue: 90% of rows covered, 95% of covered rows agreed.
/// </summary>
internal static class ConformanceScore
{
    private const double MinimumCoverage = 90.0;
    private const double MinimumAgreement = 95.0;

    public static int Run(string root, TextWriter output)
    {
        var catalog = RuleCatalog.Default;
        var failedPeers = 0;
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
            var known = KnownDisagreements(peer);
            var knownSeen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(expected).Skip(1))
            {
                var fields = line.Split('\t');
                if (fields.Length < 4)
                {
                    continue;
                }

                rows++;
                var rules = catalog.All.Where(r => r is not EngineRule && r.Descriptor.Equivalents.Contains(peer + ":" + fields[2], StringComparer.Ordinal)).ToList();
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

                var rowKey = fields[0] + "\t" + fields[1] + "\t" + fields[2];
                if ((fired.Value ? "fire" : "pass") == fields[3])
                {
                    agreed++;
                    if (known.ContainsKey(rowKey))
                    {
                        disagreements.Add(rowKey + "\tlisted as a known disagreement but now agrees: remove it from the list");
                    }
                }
                else
                {
                    var reason = known.TryGetValue(rowKey, out var why) ? "known: " + why : "NOT EXPLAINED";
                    knownSeen.Add(rowKey);
                    disagreements.Add($"{rowKey}\texpected {fields[3]}, got {(fired.Value ? "fire" : "pass")} ({string.Join(",", rules.Select(r => r.Descriptor.Id))}); {reason}");
                }
            }

            var passed = Percent(covered, rows) >= MinimumCoverage && Percent(agreed, covered) >= MinimumAgreement;
            failedPeers += passed ? 0 : 1;
            output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "conformance {0}: {1} rows, covered {2} ({3:0.0}%), agreement {4}/{2} ({5:0.0}%): {6}",
                peer, rows, covered, Percent(covered, rows), agreed, Percent(agreed, covered),
                passed ? "pass" : "FAIL (needs " + MinimumCoverage + "% covered and " + MinimumAgreement + "% agreed)"));
            foreach (var disagreement in disagreements)
            {
                output.WriteLine("  disagree: " + disagreement);
            }

            foreach (var stale in known.Keys.Where(k => !knownSeen.Contains(k) && !disagreements.Any(d => d.StartsWith(k, StringComparison.Ordinal))))
            {
                output.WriteLine("  known disagreement matches no fixture row: " + stale);
            }

            if (uncoveredChecks.Count > 0)
            {
                output.WriteLine("  not covered yet: " + string.Join(", ", uncoveredChecks.Select(p => p.Key + "(" + p.Value.ToString(CultureInfo.InvariantCulture) + ")")));
            }
        }

        return failedPeers == 0 ? 0 : 1;
    }

    /// <summary>Rows of known-disagreements/&lt;peer&gt;.tsv (file, object, peer check, reason) by their first three columns.</summary>
    private static Dictionary<string, string> KnownDisagreements(string peer)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(AppContext.BaseDirectory, "known-disagreements", peer + ".tsv");
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var fields = line.Split('\t');
                if (fields.Length >= 4)
                {
                    result[fields[0] + "\t" + fields[1] + "\t" + fields[2]] = fields[3];
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The peer's own run configuration where it changes verdicts: kube-score's tests run with its
    /// default target, Kubernetes 1.18 (see the conformance README), which matters to API-version rules.
    /// </summary>
    private static ScanOptions OptionsFor(string peer) => peer == "kube-score"
        ? new ScanOptions { IncludeOptInRules = true, KubernetesVersion = new KubernetesVersion(1, 18) }
        : new ScanOptions { IncludeOptInRules = true };

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    /// <summary>
    /// Whether any of the rules reports the object, scanning the fixture file alone with only those
    /// rules (cross-object rules see the file's other objects); null when the object is not in the file.
    /// </summary>
    private static bool? Fires(string path, string objectKey, IReadOnlyList<Rule> rules, ScanOptions options)
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

        var findings = new Scanner(options, new RuleCatalog(rules)).Scan(new[] { path }, Array.Empty<string>()).Findings;
        var sameName = objects.Count(o => o.Reference.ToString() == target.Reference.ToString());
        return findings.Any(f => f.Object is not null && f.Object.ToString() == target.Reference.ToString() &&
            (sameName == 1 || f.Region.StartLine >= target.Root.Region.StartLine && f.Region.EndLine <= target.Root.Region.EndLine));
    }
}

using System.Text;
using CsCheck;
using KubeSec.Scanning;

namespace KubeSec.Tests.Yaml;

/// <summary>Random damage to real-shaped manifests never crashes the scan and never yields a position outside the text.</summary>
public class ManifestLoaderPropertyTests
{
    private const string Seed = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  labels: {app: api, tier: \"web\"}\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n        - name: web\n          image: nginx:latest\n          args: [\"--port\", '8080']\n          securityContext:\n            privileged: true\n---\nbase: &b {runAsNonRoot: true}\nother: *b\nlist:\n- a\n- |\n  block text\n  more\n";

    private static readonly Gen<char> Alphabet = Gen.OneOfConst("[]{}:-,#&*!|>'\"\t\n\r ?%@`\\~<x1".ToCharArray());

    [Fact]
    public void Mutated_manifests_never_crash_and_positions_stay_inside_the_text()
    {
        var scanner = new Scanner(new ScanOptions { IncludeOptInRules = true });
        Gen.Select(Gen.Int[0, 20], Gen.Int[0, Seed.Length].Array[1, 8], Alphabet.Array[1, 8])
            .Sample((kind, positions, characters) =>
            {
                var text = new StringBuilder(Seed);
                for (var i = 0; i < positions.Length; i++)
                {
                    var at = System.Math.Min(positions[i], text.Length);
                    var c = characters[i % characters.Length];
                    if (kind % 3 == 0 && at < text.Length)
                    {
                        text.Remove(at, 1);
                    }
                    else if (kind % 3 == 1 && at < text.Length)
                    {
                        text[at] = c;
                    }
                    else
                    {
                        text.Insert(at, c);
                    }
                }

                var mutated = text.ToString();
                // A lone CR ends a line too, for YAML as for SARIF and editors.
                var lines = System.Text.RegularExpressions.Regex.Split(mutated, "\r\n|\r|\n").Length;
                foreach (var finding in scanner.ScanManifestText("m.yaml", mutated))
                {
                    if (finding.Region.StartLine > lines + 1 || finding.Region.EndLine > lines + 1 || finding.Region.StartColumn < 1 || finding.RuleId == "KS0000")
                    {
                        return false;
                    }
                }

                return true;
            }, iter: 3000);
    }
}

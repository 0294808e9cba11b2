using System.Linq;
using System.Text;
using System.Threading.Tasks;
using KubeSec.Manifests;
using KubeSec.Text;

namespace KubeSec.Tests.Yaml;

/// <summary>
/// Large inputs of each shape the loader meets. Each one is linear work (well under a second); a quadratic
/// path (a linear key lookup per key, a rescan of the file per document) is minutes, so the runner's timeout,
/// not a timed assertion, is what fails.
/// </summary>
public class YamlScalingTests
{
    private const int N = 200_000;

    private static ManifestFile Load(string text) => ManifestLoader.Load(SourceFile.FromBytes("big.yaml", Encoding.UTF8.GetBytes(text)));

    [Fact(Timeout = 60000)]
    public async Task A_mapping_with_200000_keys_is_built_checked_for_duplicates_and_looked_up_in_linear_time()
    {
        await Task.Run(() =>
        {
            var yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n");
            for (var i = 0; i < N; i++)
            {
                yaml.Append("  k").Append(i).Append(": v").Append(i).Append('\n');
            }

            yaml.Append("  k7: last\n");
            var file = Load(yaml.ToString());

            var duplicate = Assert.Single(file.Diagnostics);
            Assert.Equal("KS0002", duplicate.RuleId);
            var data = file.Objects.Single().Root["data"]!;
            Assert.Equal(N, data.Entries.Count);
            for (var i = 0; i < N; i++)
            {
                Assert.NotNull(data["k" + i]);
            }

            Assert.Equal("last", data["k7"]!.Value);
        });
    }

    [Fact(Timeout = 60000)]
    public async Task The_full_scan_of_a_200000_key_mapping_is_linear()
    {
        await Task.Run(() =>
        {
            var yaml = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\n  labels:\n");
            for (var i = 0; i < N; i++)
            {
                yaml.Append("    l").Append(i).Append(": v\n");
            }

            yaml.Append("spec:\n  containers:\n  - name: c\n    image: nginx:1.25\n    securityContext: {privileged: true}\n");

            Assert.Single(Lint.Manifest(yaml.ToString(), "KS1001"));
        });
    }

    [Fact(Timeout = 60000)]
    public async Task A_merge_key_into_a_large_mapping_is_linear()
    {
        await Task.Run(() =>
        {
            var yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\nbase: &b\n");
            for (var i = 0; i < N / 2; i++)
            {
                yaml.Append("  k").Append(i).Append(": v\n");
            }

            yaml.Append("data:\n  <<: *b\n");
            for (var i = 0; i < N / 2; i++)
            {
                yaml.Append("  j").Append(i).Append(": v\n");
            }

            Assert.Equal(N, Load(yaml.ToString()).Objects.Single().Root["data"]!.Entries.Count);
        });
    }

    [Fact(Timeout = 60000)]
    public async Task A_hundred_thousand_documents_are_read_in_linear_time()
    {
        await Task.Run(() =>
        {
            // Each document is handed to its own parser, as kubectl does: ~50 µs each, so this stays at N / 2.
            var yaml = new StringBuilder();
            for (var i = 0; i < N / 2; i++)
            {
                yaml.Append("---\n{apiVersion: v1, kind: ConfigMap, metadata: {name: c").Append(i).Append("}}\n");
            }

            Assert.Equal(N / 2, Load(yaml.ToString()).Objects.Count);
        });
    }

    [Fact(Timeout = 60000)]
    public async Task Thousands_of_documents_nested_too_deeply_are_each_reported_in_linear_time()
    {
        await Task.Run(() =>
        {
            var deep = "x: " + new string('[', 513) + new string(']', 513) + "\n";
            var yaml = string.Concat(Enumerable.Repeat(deep + "---\n", 3000)) + "apiVersion: v1\nkind: Pod\nmetadata: {name: after}\n";

            var file = Load(yaml);

            Assert.Equal(3000, file.Diagnostics.Count(d => d.RuleId == "KS0006"));
            Assert.Equal("after", file.Objects.Single().Name);
        });
    }

    [Fact(Timeout = 60000)]
    public async Task Long_sequences_many_anchors_and_a_5_MB_scalar_are_linear()
    {
        await Task.Run(() =>
        {
            var yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: ");
            yaml.Append('a', 5_000_000).Append("\nanchored:\n");
            for (var i = 0; i < N / 2; i++)
            {
                yaml.Append("  a").Append(i).Append(": &a").Append(i).Append(" v\n");
            }

            yaml.Append("refs:\n");
            for (var i = 0; i < N / 2; i++)
            {
                yaml.Append("- *a").Append(i).Append('\n');
            }

            var root = Load(yaml.ToString()).Objects.Single().Root;

            Assert.Equal(5_000_000, root.At("data", "blob")!.Value!.Length);
            Assert.Equal(N / 2, root["refs"]!.Items.Count);
        });
    }
}

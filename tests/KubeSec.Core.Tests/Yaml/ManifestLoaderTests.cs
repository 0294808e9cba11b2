using System.Linq;
using System.Text;
using KubeSec.Manifests;
using KubeSec.Text;

namespace KubeSec.Tests.Yaml;

public class ManifestLoaderTests
{
    private static ManifestFile Load(string text) => ManifestLoader.Load(SourceFile.FromBytes("m.yaml", Encoding.UTF8.GetBytes(text)));

    private static ManifestFile LoadBytes(byte[] bytes) => ManifestLoader.Load(SourceFile.FromBytes("m.yaml", bytes));

    [Fact]
    public void Reads_every_document_of_a_stream_with_kind_name_and_namespace()
    {
        var file = Load("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  namespace: prod\n---\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\n");

        Assert.Empty(file.Diagnostics);
        Assert.Equal(3, file.Documents.Count);
        Assert.Equal(new[] { "Pod/prod/a", "Service/b" }, file.Objects.Select(o => o.Reference.ToString()));
        Assert.Equal(new[] { 0, 2 }, file.Objects.Select(o => o.DocumentIndex));
    }

    [Fact]
    public void Ignores_yaml_that_is_not_a_kubernetes_object_without_a_word()
    {
        var file = Load("name: CI\non:\n  push: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n");

        Assert.Empty(file.Diagnostics);
        Assert.Empty(file.Objects);
    }

    [Fact]
    public void Expands_the_items_of_list_kinds_with_their_logical_paths()
    {
        var file = Load("apiVersion: v1\nkind: ConfigMapList\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: one}\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: two}\n");

        Assert.Equal(new[] { "ConfigMap/one", "ConfigMap/two" }, file.Objects.Select(o => o.Reference.ToString()));
        Assert.Equal("items[1].", file.Objects[1].PathPrefix);
    }

    [Fact]
    public void Names_objects_without_a_name_by_generateName_or_document_position()
    {
        var file = Load("apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: run-\n---\napiVersion: v1\nkind: Pod\n");

        Assert.Equal(new[] { "run-", "#1" }, file.Objects.Select(o => o.Name));
    }

    [Fact]
    public void Keeps_exact_positions_with_a_bom_and_crlf_line_ends()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: x\r\n")).ToArray();
        var file = LoadBytes(bytes);

        var name = file.Objects.Single().Root.At("metadata", "name")!;
        Assert.Equal((4, 9, 4, 10), (name.Region.StartLine, name.Region.StartColumn, name.Region.EndLine, name.Region.EndColumn));
    }

    [Fact]
    public void Reports_a_tab_used_for_indentation_as_a_syntax_error_at_its_line()
    {
        var file = Load("apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n");

        var error = Assert.Single(file.Diagnostics);
        Assert.Equal("KS0001", error.RuleId);
        Assert.Equal((4, 1, 4, 2), error.At());
    }

    [Fact]
    public void A_syntax_error_keeps_the_documents_before_it()
    {
        var file = Load("apiVersion: v1\nkind: Pod\nmetadata: {name: ok}\n---\nkind: [unclosed\n");

        Assert.Single(file.Objects);
        var error = Assert.Single(file.Diagnostics);
        Assert.Equal("KS0001", error.RuleId);
        Assert.Equal(6, error.Region.StartLine);
        Assert.Contains("Fix the YAML", error.Message);
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second_key_and_the_last_value_wins()
    {
        var file = Load("apiVersion: v1\nkind: Pod\nmetadata:\n  name: first\n  name: second\n");

        var duplicate = Assert.Single(file.Diagnostics);
        Assert.Equal("KS0002", duplicate.RuleId);
        Assert.Equal((5, 3, 5, 7), duplicate.At());
        Assert.Contains("first at line 4", duplicate.Message);
        Assert.Equal("second", file.Objects.Single().Name);
    }

    [Fact]
    public void Accepts_a_block_scalar_whose_first_line_is_only_spaces_as_kubectl_does()
    {
        // The shape of istio/samples/addons/loki.yaml that YamlDotNet alone refuses (YamlDotNet #523/#535).
        var file = Load("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: loki\ndata:\n  config.yaml: |\n    \n    auth_enabled: false\n");

        Assert.Empty(file.Diagnostics);
        var config = file.Objects.Single().Root.At("data", "config.yaml")!;
        Assert.Equal("\nauth_enabled: false\n", config.Value);
        Assert.Equal(6, config.Region.StartLine);
    }

    [Fact]
    public void Honours_merge_keys_with_later_explicit_keys_winning()
    {
        var file = Load("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nx: &base {a: 1, b: 2}\nz:\n  <<: *base\n  b: 3\n");

        var y = file.Objects.Single().Root["z"]!;
        Assert.Equal("1", y["a"]!.Value);
        Assert.Equal("3", y["b"]!.Value);
        Assert.Null(y["<<"]);
    }

    [Fact]
    public void An_alias_bomb_is_stopped_and_reported_and_later_documents_still_load()
    {
        var bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
        {
            bomb.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        var file = Load(bomb + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: after}\n");

        var error = Assert.Single(file.Diagnostics);
        Assert.Equal("KS0007", error.RuleId);
        Assert.Equal(6, error.Region.StartLine);
        Assert.Equal("after", file.Objects.Single().Name);
    }

    [Fact]
    public void Deep_nesting_is_reported_without_overflowing_the_stack()
    {
        var deep = "apiVersion: v1\nkind: Pod\nmetadata: {name: before}\n---\nx: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: after}\n";

        var file = Load(deep);

        var error = Assert.Single(file.Diagnostics);
        Assert.Equal("KS0006", error.RuleId);
        Assert.Equal((5, 516, 5, 517), error.At());
        Assert.Equal(new[] { "before", "after" }, file.Objects.Select(o => o.Name));
    }

    [Fact]
    public void Deep_block_nesting_is_reported_too()
    {
        var deep = string.Concat(Enumerable.Range(0, 600).Select(i => new string(' ', i) + "k:\n")) + new string(' ', 600) + "v: 1\n";

        var error = Assert.Single(Load(deep).Diagnostics);

        Assert.Equal("KS0006", error.RuleId);
        Assert.Equal((513, 513, 513, 514), error.At());
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_position_and_the_file_is_still_checked()
    {
        var bytes = Encoding.UTF8.GetBytes("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: {a: \"caf")
            .Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\"}\nspec:\n  hostPID: true\n  containers: []\n")).ToArray();

        var file = LoadBytes(bytes);

        var error = Assert.Single(file.Diagnostics);
        Assert.Equal("KS0005", error.RuleId);
        Assert.Equal((5, 19, 5, 20), error.At());
        Assert.Single(file.Objects);
    }

    [Fact]
    public void A_binary_file_is_reported_and_not_parsed()
    {
        var file = LoadBytes(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01 });

        var error = Assert.Single(file.Diagnostics);
        Assert.Equal("KS0004", error.RuleId);
        Assert.Empty(file.Documents);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_reported_without_being_read()
    {
        using var files = new TestFiles();
        var path = files.Write("big.yaml", "a: " + new string('x', 2048) + "\n");

        var file = ManifestLoader.Load(SourceFile.Read(path, maxBytes: 1024));

        var error = Assert.Single(file.Diagnostics);
        Assert.Equal("KS0003", error.RuleId);
        Assert.Contains("limit", error.Message);
    }

    [Fact]
    public void An_undefined_alias_is_a_syntax_error_not_a_crash()
    {
        var file = Load("a: *nowhere\n");

        Assert.Equal("KS0001", Assert.Single(file.Diagnostics).RuleId);
    }

    [Fact]
    public void Booleans_follow_kubernetes_yaml_reading()
    {
        var root = Load("apiVersion: v1\nkind: X\na: true\nb: \"true\"\nc: yes\nd: False\ne: 1\n").Objects.Single().Root;

        Assert.True(root["a"]!.AsBoolean());
        Assert.Null(root["b"]!.AsBoolean());
        Assert.True(root["c"]!.AsBoolean());
        Assert.False(root["d"]!.AsBoolean());
        Assert.Null(root["e"]!.AsBoolean());
        Assert.Equal(1, root["e"]!.AsInteger());
    }

    [Fact]
    public void Invalid_utf8_after_a_bom_is_located_exactly_even_at_the_end_of_the_file()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a: Caf")).Concat(new byte[] { 0xE9 }).ToArray();

        var error = Assert.Single(LoadBytes(bytes).Diagnostics);

        Assert.Equal("KS0005", error.RuleId);
        Assert.Equal((1, 7, 1, 8), error.At());
    }

    [Fact]
    public void A_flow_mapping_broken_across_lines_is_a_syntax_error_not_a_crash()
    {
        var error = Assert.Single(Load("a: {b: c\nd: e}\n").Diagnostics);

        Assert.Equal("KS0001", error.RuleId);
    }

    [Fact]
    public void Short_scalar_texts_are_shared_across_files_and_long_ones_are_kept_as_read()
    {
        var longValue = new string('x', 200);
        var a = Load("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: one}\ndata: {protocol: TCP, blob: " + longValue + "}\n").Objects.Single();
        var b = Load("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: two}\ndata: {protocol: TCP, blob: " + longValue + "}\n").Objects.Single();

        Assert.Same(a.Root["data"]!["protocol"]!.Value, b.Root["data"]!["protocol"]!.Value);
        Assert.Same(a.Root["data"]!.Entries[0].Key.Value, b.Root["data"]!.Entries[0].Key.Value);
        Assert.Equal(longValue, b.Root["data"]!["blob"]!.Value);
        Assert.NotSame(a.Root["data"]!["blob"]!.Value, b.Root["data"]!["blob"]!.Value);
    }
}

using System.Linq;
using System.Text;
using KubeSec.Manifests;
using KubeSec.Text;
using KubeSec.Yaml;

namespace KubeSec.Tests.Yaml;

/// <summary>Whatever kubectl would apply, we lint; whatever we cannot read, we say so.</summary>
public class KubectlReadingTests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx:1.25\n    securityContext:\n      privileged: ";

    private static ManifestFile Load(string text) => ManifestLoader.Load(SourceFile.FromBytes("m.yaml", Encoding.UTF8.GetBytes(text)));

    private static YamlNode Value(string yamlValue) => Load("apiVersion: v1\nkind: X\nv: " + yamlValue + "\n").Objects.Single().Root["v"]!;

    [Theory]
    [InlineData("true", true)]
    [InlineData("yes", true)]
    [InlineData("Yes", true)]
    [InlineData("ON", true)]
    [InlineData("y", true)]
    [InlineData("!!bool \"true\"", true)]
    [InlineData("!!bool 'yes'", true)]
    [InlineData("!<tag:yaml.org,2002:bool> \"on\"", true)]
    [InlineData("off", false)]
    [InlineData("N", false)]
    [InlineData("!!bool \"false\"", false)]
    public void Booleans_are_read_as_go_yaml_v2_reads_them(string text, bool expected)
    {
        Assert.Equal(expected, Value(text).AsBoolean());
    }

    [Theory]
    [InlineData("\"true\"")]
    [InlineData("!!str true")]
    [InlineData("!custom true")]
    [InlineData("! true")]
    [InlineData("|\n  true")]
    [InlineData("tRue")]
    [InlineData("1")]
    public void Text_kubectl_sends_as_a_string_is_not_a_boolean(string text)
    {
        Assert.Null(Value(text).AsBoolean());
    }

    [Theory]
    [InlineData("0x0", 0)]
    [InlineData("0o0", 0)]
    [InlineData("0_0", 0)]
    [InlineData("+0", 0)]
    [InlineData("-0", 0)]
    [InlineData("00", 0)]
    [InlineData("0b0", 0)]
    [InlineData("0.0", 0)]
    [InlineData(".0", 0)]
    [InlineData("!!int \"0\"", 0)]
    [InlineData("!!float 0", 0)]
    [InlineData("0x1F", 31)]
    [InlineData("0o17", 15)]
    [InlineData("017", 15)]
    [InlineData("08", 8)]
    [InlineData("-0b101", -5)]
    [InlineData("1_000", 1000)]
    [InlineData("1e3", 1000)]
    [InlineData("+0x10", 16)]
    public void Integers_are_read_as_go_yaml_v2_and_the_json_conversion_read_them(string text, long expected)
    {
        Assert.Equal(expected, Value(text).AsInteger());
    }

    [Theory]
    [InlineData("\"0\"")]
    [InlineData("!!str 0")]
    [InlineData("0.5")]
    [InlineData("0x")]
    [InlineData("0b2")]
    [InlineData(".inf")]
    [InlineData("9223372036854775808")]
    [InlineData("2001-01-01")]
    [InlineData("zero")]
    public void Text_that_is_not_a_whole_number_for_kubectl_is_not_an_integer(string text)
    {
        Assert.Null(Value(text).AsInteger());
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("NULL")]
    [InlineData("")]
    [InlineData("!!null \"\"")]
    public void Nulls_are_read_as_kubectl_reads_them(string text)
    {
        Assert.True(Value(text).IsNull);
    }

    [Theory]
    [InlineData("!!str null")]
    [InlineData("\"\"")]
    [InlineData("'~'")]
    public void Tagged_or_quoted_null_words_are_strings(string text)
    {
        var node = Value(text);
        Assert.False(node.IsNull);
        Assert.NotNull(node.AsString());
    }

    [Theory]
    [InlineData("!!bool \"true\"")]
    [InlineData("!!bool yes")]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("Y")]
    public void KS1001_flags_privileged_written_in_any_form_kubectl_reads_as_true(string value)
    {
        var finding = Assert.Single(Lint.Manifest(Pod + value + "\n", "KS1001"));
        Assert.Equal(10, finding.Region.StartLine);
    }

    [Fact]
    public void KS1001_flags_privileged_brought_in_by_a_merge_key_after_an_explicit_false()
    {
        // go-yaml v2 applies a merge key in document order, over the keys before it: kubectl runs privileged.
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: &priv {privileged: true}\nspec:\n  containers:\n  - name: c\n    image: nginx:1.25\n    securityContext:\n      privileged: false\n      <<: *priv\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS1001"));
        Assert.Equal((5, 30, 5, 34), finding.At());
    }

    [Fact]
    public void An_explicit_key_after_a_merge_key_wins_as_in_go_yaml()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: &priv {privileged: true}\nspec:\n  containers:\n  - name: c\n    image: nginx:1.25\n    securityContext:\n      <<: [*priv]\n      privileged: false\n";

        Assert.Empty(Lint.Manifest(yaml, "KS1001"));
        Assert.DoesNotContain(Lint.Manifest(yaml), f => f.RuleId == "KS0002");
    }

    [Theory]
    [InlineData("<<: 5")]
    [InlineData("<<: [*m, 5]")]
    [InlineData("<<: *l")]
    public void A_merge_key_kubectl_cannot_merge_is_reported(string merge)
    {
        var file = Load("apiVersion: v1\nkind: X\nm: &m {a: 1}\nl: &l [{a: 1}]\ndata:\n  " + merge + "\n");

        var error = Assert.Single(file.Diagnostics);
        Assert.Equal(("KS0001", 6), (error.RuleId, error.Region.StartLine));
        Assert.Contains("merge key", error.Message);
    }

    [Fact]
    public void KS1001_flags_a_security_context_shared_through_an_alias()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  initContainers:\n  - name: a\n    image: nginx:1.25\n    securityContext: &sc {privileged: on}\n  containers:\n  - name: c\n    image: nginx:1.25\n    securityContext: *sc\n";

        Assert.Equal(new[] { "a", "c" }, Lint.Manifest(yaml, "KS1001").Select(f => f.Container).OrderBy(c => c));
    }

    [Theory]
    [InlineData("0x0")]
    [InlineData("0o0")]
    [InlineData("0_0")]
    [InlineData("+0")]
    [InlineData("00")]
    [InlineData("0b0")]
    [InlineData("-0")]
    [InlineData("0.0")]
    [InlineData("!!int \"0\"")]
    public void KS1006_reads_run_as_user_zero_in_every_form_kubectl_reads_as_zero(string uid)
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext:\n    runAsUser: " + uid + "\n  containers:\n  - name: c\n    image: nginx:1.25\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS1006"));
        Assert.Contains("runAsUser: 0", finding.Message);
    }

    [Fact]
    public void A_binary_tagged_host_path_is_read_as_its_decoded_text()
    {
        // "/var/run/docker.sock" in base64: kubectl sends the decoded text.
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx:1.25\n  volumes:\n  - name: d\n    hostPath:\n      path: !!binary L3Zhci9ydW4vZG9ja2VyLnNvY2s=\n";

        Assert.Single(Lint.Manifest(yaml, "KS1017"));
    }

    [Fact]
    public void A_custom_tag_on_a_security_field_is_sent_as_text_and_reported_as_the_wrong_type()
    {
        // go-yaml keeps the text of an unknown tag: kubectl sends the string "true", which the API server refuses.
        var findings = Lint.Manifest(Pod + "!custom true\n");

        Assert.DoesNotContain(findings, f => f.RuleId == "KS1001");
        Assert.Equal(10, Assert.Single(findings, f => f.RuleId == "KS5051").Region.StartLine);
    }

    [Theory]
    [InlineData("!!bool 1")]
    [InlineData("!!int abc")]
    [InlineData("!!null x")]
    [InlineData("!!binary not*base64")]
    public void A_tag_kubectl_cannot_apply_to_its_value_is_reported(string value)
    {
        var error = Assert.Single(Load(Pod + value + "\n").Diagnostics);

        Assert.Equal("KS0001", error.RuleId);
        Assert.Equal(10, error.Region.StartLine);
        Assert.Contains("kubectl cannot decode", error.Message);
    }

    [Fact]
    public void Keys_are_matched_by_the_name_kubectl_gives_them()
    {
        var root = Load("apiVersion: v1\nkind: X\n? !!binary cHJpdmlsZWdlZA==\n: true\n0x10: sixteen\n").Objects.Single().Root;

        Assert.True(root["privileged"]!.AsBoolean());
        Assert.Equal("sixteen", root["16"]!.AsString());
    }

    [Fact]
    public void A_null_or_collection_key_is_reported()
    {
        var file = Load("apiVersion: v1\nkind: X\n~: a\n[b]: c\n");

        Assert.Equal(new[] { "KS0001", "KS0001" }, file.Diagnostics.Select(d => d.RuleId));
        Assert.Equal(new[] { 3, 4 }, file.Diagnostics.Select(d => d.Region.StartLine));
    }

    [Fact]
    public void A_manifest_that_starts_with_two_byte_order_marks_is_read_with_exact_positions()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Pod + "true\n")).ToArray();

        var findings = new KubeSec.Scanning.Scanner(new KubeSec.Scanning.ScanOptions()).ScanManifestText("m.yaml", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));

        var finding = Assert.Single(findings, f => f.RuleId == "KS1001");
        Assert.Equal((10, 19, 10, 23), finding.At());
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("KS00", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_byte_order_mark_after_a_separator_is_skipped_as_kubectl_skips_it()
    {
        var file = Load("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n\uFEFF" + Pod + "true\n");

        Assert.Empty(file.Diagnostics);
        var pod = file.Objects[1];
        Assert.Equal("Pod/p", pod.Reference.ToString());
        var kind = pod.Root["kind"]!;
        Assert.Equal((6, 7, 6, 10), (kind.Region.StartLine, kind.Region.StartColumn, kind.Region.EndLine, kind.Region.EndColumn));
        var apiVersion = pod.Root.Entries[0].Key;
        Assert.Equal((5, 2), (apiVersion.Region.StartLine, apiVersion.Region.StartColumn));
    }

    [Fact]
    public void A_byte_order_mark_that_starts_a_later_line_counts_as_one_column_of_indentation_as_for_go_yaml()
    {
        var file = Load("apiVersion: v1\nkind: Pod\nmetadata:\n\uFEFF name: x\n");

        Assert.Empty(file.Diagnostics);
        var name = file.Objects.Single().Root.At("metadata", "name")!;
        Assert.Equal(("x", 4, 9), (name.Value, name.Region.StartLine, name.Region.StartColumn));
    }

    [Fact]
    public void A_third_byte_order_mark_shifts_the_first_line_as_it_does_for_go_yaml_and_is_reported()
    {
        var file = Load("\uFEFF\uFEFF\uFEFFapiVersion: v1\nkind: Pod\nmetadata: {name: a}\n"); // the file reader takes the first

        Assert.Equal("KS0001", Assert.Single(file.Diagnostics).RuleId);
    }

    [Fact]
    public void A_list_inside_a_list_is_flattened_with_exact_locations()
    {
        var yaml = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: List\n  items:\n  - apiVersion: v1\n    kind: List\n    items:\n    - apiVersion: v1\n      kind: Pod\n      metadata: {name: inner}\n      spec:\n        containers:\n        - name: c\n          image: nginx:1.25\n          securityContext: {privileged: true}\n";

        var file = Load(yaml);
        var pod = Assert.Single(file.Objects);
        Assert.Equal("Pod/inner", pod.Reference.ToString());
        Assert.Equal("items[0].items[0].items[0].", pod.PathPrefix);
        var finding = Assert.Single(Lint.Manifest(yaml, "KS1001"));
        Assert.Equal((17, 41, 17, 45), finding.At());
        Assert.StartsWith("items[0].items[0].items[0].spec.containers[c]", finding.LogicalPath);
    }

    [Fact]
    public void Items_of_a_typed_list_without_kind_take_the_lists_kind_as_kubectl_does()
    {
        var yaml = "apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: untyped}\n  spec:\n    containers:\n    - name: c\n      image: nginx:1.25\n      securityContext: {privileged: true}\n";

        Assert.Equal("Pod/untyped", Assert.Single(Load(yaml).Objects).Reference.ToString());
        Assert.Single(Lint.Manifest(yaml, "KS1001"));
    }

    [Fact]
    public void Any_document_with_a_kind_and_an_items_list_is_a_list_for_kubectl()
    {
        var yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: decoy}\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: real}\n";

        Assert.Equal("Pod/real", Assert.Single(Load(yaml).Objects).Reference.ToString());
    }

    [Fact(Timeout = 60000)]
    public async System.Threading.Tasks.Task Lists_nested_beyond_the_limit_are_reported_not_followed()
    {
        await System.Threading.Tasks.Task.Run(() =>
        {
            var yaml = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n");
            var indent = string.Empty;
            for (var i = 0; i < 100; i++)
            {
                yaml.Append(indent).Append("- kind: List\n").Append(indent).Append("  items:\n");
                indent += "  ";
            }

            yaml.Append(indent).Append("- {apiVersion: v1, kind: Pod, metadata: {name: deep}}\n");
            var file = Load(yaml.ToString());

            Assert.Empty(file.Objects);
            Assert.Equal("KS0006", Assert.Single(file.Diagnostics).RuleId);
        });
    }

    [Fact]
    public void Content_after_a_document_end_marker_is_reported_as_ignored_and_the_next_document_is_read()
    {
        var file = Load("apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n...\napiVersion: v1\nkind: Pod\nmetadata: {name: hidden}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b}\n");

        Assert.Equal(new[] { "a", "b" }, file.Objects.Select(o => o.Name));
        var ignored = Assert.Single(file.Diagnostics);
        Assert.Equal("KS0016", ignored.RuleId);
        Assert.Equal((5, 1), (ignored.Region.StartLine, ignored.Region.StartColumn));
    }

    [Fact]
    public void A_separator_with_content_after_it_is_reported_and_the_content_still_checked()
    {
        var file = Load("apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n--- {apiVersion: v1, kind: Pod, metadata: {name: b}}\n");

        Assert.Equal(new[] { "a", "b" }, file.Objects.Select(o => o.Name));
        var error = Assert.Single(file.Diagnostics);
        Assert.Equal(("KS0001", 4), (error.RuleId, error.Region.StartLine));
        Assert.Contains("'{apiVersion: v1, kind: P...'", error.Message);
    }

    [Fact]
    public void Separators_followed_by_a_comment_and_comment_only_documents_are_silent()
    {
        var file = Load("# header\n--- # first\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\n# nothing here\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b}\n");

        Assert.Empty(file.Diagnostics);
        Assert.Equal(new[] { 0, 2 }, file.Objects.Select(o => o.DocumentIndex));
    }

    [Fact]
    public void A_yaml_directive_is_reported_because_kubectl_refuses_it_and_the_document_is_still_checked()
    {
        var file = Load("%YAML 1.1\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n");

        Assert.Equal("a", Assert.Single(file.Objects).Name);
        var error = Assert.Single(file.Diagnostics);
        Assert.Equal(("KS0001", 1), (error.RuleId, error.Region.StartLine));
    }

    [Fact]
    public void A_syntax_error_costs_only_its_own_document()
    {
        var file = Load("apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\nkind: [unclosed\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b}\n");

        Assert.Equal(new[] { "a", "b" }, file.Objects.Select(o => o.Name));
        Assert.Equal("KS0001", Assert.Single(file.Diagnostics).RuleId);
    }

    [Fact]
    public void A_document_that_is_a_bare_list_of_objects_is_reported()
    {
        var file = Load("- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n");

        Assert.Empty(file.Objects);
        Assert.Equal(("KS0017", 1), (Assert.Single(file.Diagnostics).RuleId, file.Diagnostics[0].Region.StartLine));
        Assert.Empty(Load("- name: install\n  apt: {name: nginx}\n").Diagnostics);
    }

    [Fact]
    public void A_stream_of_json_objects_is_read_object_by_object_as_kubectl_reads_it()
    {
        var file = Load("{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"a\"}}{\"apiVersion\": \"v1\",\n \"kind\": \"Pod\", \"metadata\": {\"name\": \"b\"}}\n");

        Assert.Empty(file.Diagnostics);
        Assert.Equal(new[] { "a", "b" }, file.Objects.Select(o => o.Name));
        var name = file.Objects[1].Root.At("metadata", "name")!;
        Assert.Equal((2, 38), (name.Region.StartLine, name.Region.StartColumn));
    }

    [Fact]
    public void Messages_quote_only_a_short_escaped_prefix_of_the_input()
    {
        var key = "k\u001b[31m" + new string('x', 500) + "\n::error::";
        var file = Load("apiVersion: v1\nkind: X\n\"" + key.Replace("\n", "\\n").Replace("\u001b", "\\e") + "\": 1\n\"" + key.Replace("\n", "\\n").Replace("\u001b", "\\e") + "\": 2\n--- " + new string('y', 300) + "\u0007\n");

        Assert.NotEmpty(file.Diagnostics);
        foreach (var diagnostic in file.Diagnostics)
        {
            Assert.True(diagnostic.Message.Length < 400, diagnostic.Message);
            Assert.DoesNotContain('\n', diagnostic.Message);
            Assert.DoesNotContain('\u001b', diagnostic.Message);
            Assert.DoesNotContain('\u0007', diagnostic.Message);
        }
    }

    [Fact]
    public void Quoted_text_escapes_controls_and_cuts_long_input()
    {
        Assert.Equal("a\\nb\\u001B...", QuotedText.Prefix("a\nb\u001b\u202Ezzzz", 4));
        Assert.Equal("\\u202Ez", QuotedText.Prefix("\u202Ez"));
        Assert.Equal("short", QuotedText.Prefix("short"));
    }
}

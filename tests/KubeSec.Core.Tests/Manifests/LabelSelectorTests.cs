using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Yaml;

namespace KubeSec.Tests.Manifests;

public class LabelSelectorTests
{
    private static LabelSelector? Selector(string yaml) =>
        LabelSelector.Parse(YamlTreeBuilder.Build("s: " + yaml + "\n", YamlLimits.Default).Documents[0].Root!["s"]);

    private static Dictionary<string, string> Labels(params string[] pairs)
    {
        var labels = new Dictionary<string, string>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            labels[pairs[i]] = pairs[i + 1];
        }

        return labels;
    }

    [Theory]
    [InlineData("{matchLabels: {app: web}}", true)]
    [InlineData("{matchLabels: {app: web, tier: front}}", true)]
    [InlineData("{matchLabels: {app: api}}", false)]
    [InlineData("{matchLabels: {other: x}}", false)]
    [InlineData("{matchExpressions: [{key: app, operator: In, values: [api, web]}]}", true)]
    [InlineData("{matchExpressions: [{key: app, operator: In, values: [api]}]}", false)]
    [InlineData("{matchExpressions: [{key: app, operator: NotIn, values: [api]}]}", true)]
    [InlineData("{matchExpressions: [{key: app, operator: NotIn, values: [web]}]}", false)]
    [InlineData("{matchExpressions: [{key: missing, operator: NotIn, values: [web]}]}", true)]
    [InlineData("{matchExpressions: [{key: tier, operator: Exists}]}", true)]
    [InlineData("{matchExpressions: [{key: missing, operator: Exists}]}", false)]
    [InlineData("{matchExpressions: [{key: missing, operator: DoesNotExist}]}", true)]
    [InlineData("{matchExpressions: [{key: app, operator: DoesNotExist}]}", false)]
    [InlineData("{matchLabels: {app: web}, matchExpressions: [{key: tier, operator: In, values: [back]}]}", false)]
    [InlineData("{}", true)]
    public void Matches_like_kubernetes(string selector, bool expected)
    {
        Assert.Equal(expected, Selector(selector)!.Matches(Labels("app", "web", "tier", "front")));
    }

    [Theory]
    [InlineData("{matchExpressions: [{key: app, operator: In}]}")]
    [InlineData("{matchExpressions: [{key: app, operator: Exists, values: [web]}]}")]
    [InlineData("{matchExpressions: [{key: app, operator: Like, values: [web]}]}")]
    [InlineData("{matchExpressions: {key: app}}")]
    [InlineData("{matchLabels: [app]}")]
    public void Invalid_selectors_match_nothing(string selector)
    {
        var parsed = Selector(selector)!;

        Assert.False(parsed.IsValid);
        Assert.False(parsed.IsEmpty);
        Assert.False(parsed.Matches(Labels("app", "web")));
    }

    [Fact]
    public void A_missing_or_scalar_selector_is_null_and_empty_one_is_empty()
    {
        Assert.Null(Selector("null"));
        Assert.Null(Selector("web"));
        Assert.True(Selector("{}")!.IsEmpty);
    }

    [Fact]
    public void Reads_scalar_labels_only()
    {
        var node = YamlTreeBuilder.Build("l: {app: web, n: 3, bad: [x]}\n", YamlLimits.Default).Documents[0].Root!["l"];

        Assert.Equal(Labels("app", "web", "n", "3"), LabelSelector.ReadLabels(node));
        Assert.Empty(LabelSelector.ReadLabels(null));
    }

    private static YamlNode? Node(string yaml) => YamlTreeBuilder.Build("s: " + yaml + "\n", YamlLimits.Default).Documents[0].Root!["s"];

    [Theory]
    [InlineData("null", true)] // An absent podSelector selects every pod.
    [InlineData("{matchLabels: {app: web}}", true)]
    [InlineData("{matchLabels: {app: api}}", false)]
    [InlineData("{matchLabels: {app: [web]}}", null)]
    [InlineData("{matchExpressions: [{key: app, operator: Like, values: [web]}]}", null)]
    [InlineData("web", null)]
    public void Test_is_unknown_for_selectors_it_cannot_read(string selector, bool? expected)
    {
        Assert.Equal(expected, LabelSelector.Test(Node(selector), Labels("app", "web")));
    }

    [Theory]
    [InlineData("{app: web}", true)]
    [InlineData("{app: web, tier: back}", false)]
    [InlineData("{app: {nested: x}}", null)]
    [InlineData("[app]", null)]
    public void Service_selectors_are_plain_maps(string selector, bool? expected)
    {
        Assert.Equal(expected, LabelSelector.TestMap(Node(selector)!, Labels("app", "web")));
    }

    [Theory]
    [InlineData("{matchLabels: {statefulset.kubernetes.io/pod-name: db-0}}")]
    [InlineData("{matchExpressions: [{key: pod-template-hash, operator: In, values: [abc]}]}")]
    public void Labels_added_by_controllers_are_assumed_to_fit(string selector)
    {
        Assert.True(Selector(selector)!.Matches(Labels("app", "db")));
    }
}

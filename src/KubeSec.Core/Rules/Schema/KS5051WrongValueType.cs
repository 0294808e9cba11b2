using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Schema;

public sealed class KS5051WrongValueType : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS5051", "WrongValueType", "Field value has the wrong type", Severity.High, RuleCategory.Schema)
    {
        Description = "A value of the wrong type (an unquoted number or boolean where the API wants a string, a quoted number where it wants an integer, a single value where it wants a list or an object) makes the API server reject the whole object. Built-in kinds are checked against the schema of KubernetesClient's models; custom resources are skipped.",
        Fix = "Write the value in the type the field has: quote strings such as \"8080\" or \"true\", leave integers and booleans unquoted, and give lists and objects as YAML blocks.",
        Equivalents = new[] { "kube-linter:schema-validation" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        foreach (var problem in SchemaCheck.Problems(obj))
        {
            if (problem.Kind == SchemaProblemKind.WrongType)
            {
                var region = problem.Node.IsScalar ? problem.Node.Region : problem.Node.AnchorRegion;
                sink.Report(Rule, region, problem.Path, problem.Message, obj.Reference);
            }
        }
    }
}

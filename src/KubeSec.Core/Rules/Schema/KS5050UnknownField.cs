using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Schema;

public sealed class KS5050UnknownField : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS5050", "UnknownField", "Field is not part of the object's schema", Severity.Medium, RuleCategory.Schema)
    {
        Description = "A field that the kind does not have (a typo such as securityContex, or a field at the wrong level) is rejected by kubectl's strict validation, and silently dropped by clients that do not validate, so the whole block it carries has no effect. Built-in kinds are checked against the schema of KubernetesClient's models; custom resources are skipped.",
        Fix = "Rename the field to the one the kind has (the finding suggests the nearest) or move it to where it belongs.",
        Equivalents = new[] { "kube-linter:schema-validation" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        foreach (var problem in SchemaCheck.Problems(obj))
        {
            if (problem.Kind == SchemaProblemKind.UnknownField)
            {
                sink.Report(Rule, problem.Node.Region, problem.Path, problem.Message, obj.Reference);
            }
        }
    }
}

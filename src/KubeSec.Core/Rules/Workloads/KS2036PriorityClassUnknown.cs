using System;
using System.Collections.Generic;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2036PriorityClassUnknown : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS2036", "PriorityClassUnknown", "Pod names a priority class that is neither built in nor defined", Severity.Low, RuleCategory.Reliability)
    {
        Description = "A pod spec whose priorityClassName is neither one of the two built-in classes (system-cluster-critical, system-node-critical) nor a PriorityClass among the scanned manifests relies on a class that must exist in the cluster: the Priority admission plugin rejects the pods when it does not, and a typo or a class from another environment leaves the workload without pods. The rule is opt-in because clusters often provide their own PriorityClasses outside the scanned repository. Empty and templated names are skipped; a missing priorityClassName is KS2024's concern.",
        Fix = "Use a built-in class or one the scanned manifests define, or add the PriorityClass manifest.",
        Equivalents = new[] { "kube-linter:priority-class-name" },
        EnabledByDefault = false,
    };

    private static readonly string[] BuiltIn = { "system-cluster-critical", "system-node-critical" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        var defined = new HashSet<string>(objects.OfKind("PriorityClass").Select(pc => pc.Name), StringComparer.Ordinal);
        foreach (var workload in objects.Workloads)
        {
            var pod = workload.PodSpec!;
            if (pod.Spec["priorityClassName"] is not { } node || node.AsString() is not { } name
                || name.Trim().Length == 0 || TemplatePlaceholder.In(name)
                || BuiltIn.Contains(name, StringComparer.Ordinal)
                || defined.Contains(name))
            {
                continue;
            }

            sink.ReportOn(Rule, workload, node.Region, pod.Path.Substring(workload.PathPrefix.Length) + ".priorityClassName",
                workload.Describe() + " uses PriorityClass '" + name + "', which is not built in and none of the scanned manifests defines, so its pods are rejected if the cluster lacks it: use a defined class or add the PriorityClass.");
        }
    }
}

using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Rbac;

public sealed class KS3005CreatePodsAccess : BindingGrantRule
{
    // Creating any controller that runs pods is as good as creating the pods.
    private static readonly (string Group, string Resource)[] PodCreators =
    {
        ("", "pods"), ("", "replicationcontrollers"), ("apps", "deployments"), ("apps", "replicasets"),
        ("apps", "statefulsets"), ("apps", "daemonsets"), ("batch", "jobs"), ("batch", "cronjobs"),
    };

    public static readonly RuleDescriptor Rule = new("KS3005", "CreatePodsAccess", "Binding grants permission to create pods", Severity.Medium, RuleCategory.Rbac)
    {
        Description = "A RoleBinding or ClusterRoleBinding whose role (in the scan) allows create on pods or on a controller that creates pods (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController) lets its subjects run any image with any service account of the namespace, and so use every Secret and permission those service accounts have.",
        Fix = "Remove create on pods and workload controllers from the bound role, or bind it only to the deployment pipeline's identity.",
        CisItem = "CIS Kubernetes 5.1.4",
        Equivalents = new[] { "kube-linter:access-to-create-pods" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Consequence => "start pods with any service account of the namespace";

    protected override string Remedy => "remove create on pods and workload controllers from the role, or bind it only to the deployment pipeline";

    protected override (PolicyRuleView Rule, string Resource, string Verb)? FindGrant(KubernetesObject role)
    {
        foreach (var rule in PolicyRuleView.Of(role))
        {
            foreach (var (group, resource) in PodCreators)
            {
                if (rule.Allows(group, resource, "create"))
                {
                    return (rule, resource, "create");
                }
            }
        }

        return null;
    }
}

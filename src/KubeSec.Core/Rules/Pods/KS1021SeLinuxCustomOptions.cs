using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Pods;

public sealed class KS1021SeLinuxCustomOptions : PodSpecRule
{
    private static readonly KubernetesVersion ContainerEngineTypeSince = new(1, 31);

    public static readonly RuleDescriptor Rule = new("KS1021", "SeLinuxCustomOptions", "Pod or container sets a custom SELinux user, role or type", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "seLinuxOptions can give a container an SELinux type, user or role that escapes the container policy (for example spc_t or unconfined_t). The baseline Pod Security Standard allows only the types container_t, container_init_t, container_kvm_t and (Kubernetes 1.31+) container_engine_t, and no user or role, on the pod and on every container.",
        Fix = "Remove seLinuxOptions.user and .role, and set seLinuxOptions.type only to container_t, container_init_t or container_kvm_t (or drop it).",
        PodSecurity = PodSecurityLevel.Baseline,
        Equivalents = new[] { "trivy:KSV-0025" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(Manifests.PodSpecView pod, FindingSink sink)
    {
        if (pod.IsWindows)
        {
            return;
        }

        Check(pod.SecurityContext, pod.Path, pod.Owner.Describe(), null, pod, sink);
        foreach (var container in pod.Containers)
        {
            Check(container.SecurityContext, container.Path, container.Describe(), container.Name, pod, sink);
        }
    }

    private static void Check(YamlNode? securityContext, string ownerPath, string who, string? containerName, Manifests.PodSpecView pod, FindingSink sink)
    {
        if (securityContext?["seLinuxOptions"] is not { IsMapping: true } options)
        {
            return;
        }

        var path = ownerPath + ".securityContext.seLinuxOptions.";
        if (options["type"] is { } type && type.AsString() is { Length: > 0 } typeName && !AllowedType(typeName, sink.Options.KubernetesVersion))
        {
            sink.Report(Rule, type.Region, path + "type",
                who + " sets seLinuxOptions.type: " + typeName + ", which is outside the container SELinux policy: remove it or use container_t.",
                pod.Owner.Reference, containerName);
        }

        foreach (var field in new[] { "user", "role" })
        {
            if (options[field] is { } node && node.AsString() is { Length: > 0 } value)
            {
                sink.Report(Rule, node.Region, path + field,
                    who + " sets seLinuxOptions." + field + ": " + value + ", which the baseline Pod Security Standard forbids: remove it.",
                    pod.Owner.Reference, containerName);
            }
        }
    }

    private static bool AllowedType(string type, KubernetesVersion version) =>
        type is "container_t" or "container_init_t" or "container_kvm_t"
        || (type == "container_engine_t" && version >= ContainerEngineTypeSince);
}

using System;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Pods;

internal enum SeccompKind
{
    /// <summary>Set nowhere: the runtime's default applies, which is Unconfined unless the kubelet enables SeccompDefault.</summary>
    None,
    RuntimeDefault,
    Localhost,
    Unconfined,

    /// <summary>A value Kubernetes would reject, or a profile without a type.</summary>
    Other,
}

/// <summary>
/// The seccomp profile that applies to a container, in Kubernetes' order: the container's
/// seccompProfile field, the container's legacy annotation, the pod's field, the pod's legacy annotation.
/// </summary>
internal readonly struct SeccompSetting
{
    public const string PodAnnotation = "seccomp.security.alpha.kubernetes.io/pod";
    public const string ContainerAnnotationPrefix = "container.seccomp.security.alpha.kubernetes.io/";

    private SeccompSetting(SeccompKind kind, YamlNode? node, string path, string text)
    {
        Kind = kind;
        Node = node;
        Path = path;
        Text = text;
    }

    public SeccompKind Kind { get; }

    /// <summary>The node that decided it (the type value or the annotation value); null when unset.</summary>
    public YamlNode? Node { get; }

    public string Path { get; }

    /// <summary>How the setting reads in a message, e.g. <c>seccompProfile.type: Unconfined</c>.</summary>
    public string Text { get; }

    public static SeccompSetting Of(ContainerView container)
    {
        if (FromField(container.SecurityContext, container.Path) is { } own)
        {
            return own;
        }

        var annotationPath = container.Pod.AnnotationsPath();
        var containerKey = ContainerAnnotationPrefix + container.Name;
        if (container.Pod.Annotation(containerKey) is { } perContainer && FromAnnotation(perContainer, annotationPath + "." + containerKey, containerKey) is { } fromContainerAnnotation)
        {
            return fromContainerAnnotation;
        }

        if (FromField(container.Pod.SecurityContext, container.Pod.Path) is { } pod)
        {
            return pod;
        }

        if (container.Pod.Annotation(PodAnnotation) is { } podWide && FromAnnotation(podWide, annotationPath + "." + PodAnnotation, PodAnnotation) is { } fromPodAnnotation)
        {
            return fromPodAnnotation;
        }

        return new SeccompSetting(SeccompKind.None, null, container.Path + ".securityContext.seccompProfile", string.Empty);
    }

    private static SeccompSetting? FromField(YamlNode? securityContext, string ownerPath)
    {
        if (securityContext?["seccompProfile"] is not { IsMapping: true } profile)
        {
            return null;
        }

        var path = ownerPath + ".securityContext.seccompProfile.type";
        var type = profile["type"];
        var text = type?.AsString();
        if (text is null)
        {
            return new SeccompSetting(SeccompKind.Other, profile.Key ?? profile, path, "a seccompProfile without a type");
        }

        var kind = text switch
        {
            "RuntimeDefault" => SeccompKind.RuntimeDefault,
            "Localhost" => SeccompKind.Localhost,
            "Unconfined" => SeccompKind.Unconfined,
            _ => SeccompKind.Other,
        };
        return new SeccompSetting(kind, type, path, "seccompProfile.type: " + text);
    }

    private static SeccompSetting? FromAnnotation(YamlNode value, string path, string key)
    {
        var text = value.AsString();
        if (text is null)
        {
            return null;
        }

        SeccompKind kind;
        if (text == "runtime/default" || text == "docker/default")
        {
            kind = SeccompKind.RuntimeDefault;
        }
        else if (text.StartsWith("localhost/", StringComparison.Ordinal))
        {
            kind = SeccompKind.Localhost;
        }
        else if (text == "unconfined")
        {
            kind = SeccompKind.Unconfined;
        }
        else
        {
            kind = SeccompKind.Other;
        }

        return new SeccompSetting(kind, value, path, "annotation " + key + ": " + text);
    }

    public SourceRegion RegionOr(SourceRegion fallback) => Node?.Region ?? fallback;
}

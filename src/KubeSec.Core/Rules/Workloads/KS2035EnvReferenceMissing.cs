using System.Collections.Generic;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Workloads;

public sealed class KS2035EnvReferenceMissing : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS2035", "EnvReferenceMissing", "Env var reads a Secret or ConfigMap key the scan does not define", Severity.Low, RuleCategory.Reliability)
    {
        Description = "An env entry whose valueFrom.secretKeyRef or configMapKeyRef names a Secret or ConfigMap that none of the scanned manifests defines, or a key that the defined object does not hold, keeps the pod in CreateContainerConfigError until the object or key appears: usually a typo or a rename. References marked optional: true are skipped, as are templated names; keys are not checked in objects written without any data (placeholders filled at runtime) or in service-account-token Secrets. A missing object is reported only when the scan defines at least one object of that kind, since otherwise they are clearly managed elsewhere; a SealedSecret or ExternalSecret of the same name counts as the Secret, with its keys not checked.",
        Fix = "Fix the name or key, add the Secret or ConfigMap manifest, or mark the reference optional: true.",
        Equivalents = new[] { "kube-linter:env-value-from" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        var secrets = new Source("Secret", objects, SecretKeys, "SealedSecret", "ExternalSecret");
        var configMaps = new Source("ConfigMap", objects, ConfigMapKeys);
        foreach (var workload in objects.Workloads)
        {
            foreach (var container in workload.PodSpec!.Containers)
            {
                if (container.Node["env"] is not { IsSequence: true } env)
                {
                    continue;
                }

                foreach (var entry in env.Items)
                {
                    CheckReference(container, entry, "secretKeyRef", secrets, sink);
                    CheckReference(container, entry, "configMapKeyRef", configMaps, sink);
                }
            }
        }
    }

    private static void CheckReference(ContainerView container, YamlNode entry, string field, Source source, FindingSink sink)
    {
        if (entry.At("valueFrom", field) is not { IsMapping: true } reference
            || reference["optional"]?.AsBoolean() == true
            || reference["name"] is not { } nameNode || nameNode.AsString() is not { Length: > 0 } name
            || TemplatePlaceholder.In(reference))
        {
            return;
        }

        var owner = container.Owner;
        var variable = entry["name"]?.AsString() ?? "?";
        var path = container.Path.Substring(owner.PathPrefix.Length) + ".env[" + variable + "].valueFrom." + field;
        var target = source.Find(name, owner);
        if (target is null)
        {
            if (source.AnyDefined)
            {
                sink.ReportOn(Rule, owner, nameNode.Region, path + ".name",
                    container.Describe() + " reads env var '" + variable + "' from " + source.Kind + " '" + name + "', which none of the scanned manifests defines, so the container cannot start if it does not exist: fix the name or add the " + source.Kind + ".",
                    container.Name);
            }

            return;
        }

        if (reference["key"] is not { } keyNode || keyNode.AsString() is not { } key || target.Keys is not { } keys || keys.Contains(key))
        {
            return;
        }

        sink.ReportOn(Rule, owner, keyNode.Region, path + ".key",
            container.Describe() + " reads env var '" + variable + "' from key '" + key + "' of " + source.Kind + " '" + name + "', which has no such key, so the container cannot start: fix the key or add it to the " + source.Kind + ".",
            container.Name);
    }

    /// <summary>Keys of a Secret's data and stringData; null when they cannot be known (templated, or filled in by Kubernetes).</summary>
    private static HashSet<string>? SecretKeys(KubernetesObject secret) =>
        secret.Root["type"]?.AsString() == "kubernetes.io/service-account-token" ? null : KeysOf(secret.Root, "data", "stringData");

    private static HashSet<string>? ConfigMapKeys(KubernetesObject configMap) => KeysOf(configMap.Root, "data", "binaryData");

    private static HashSet<string>? KeysOf(YamlNode root, params string[] fields)
    {
        var keys = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (root[field] is not { } map || map.IsNull)
            {
                continue;
            }

            if (!map.IsMapping || TemplatePlaceholder.In(map))
            {
                return null;
            }

            foreach (var item in map.Entries)
            {
                if (item.Key.AsString() is { } key)
                {
                    keys.Add(key);
                }
            }
        }

        // An object written without any data is a placeholder that something fills in at runtime.
        return keys.Count == 0 ? null : keys;
    }

    private sealed class Target
    {
        public Target(HashSet<string>? keys) => Keys = keys;

        /// <summary>The keys the object holds, or null when they are not known.</summary>
        public HashSet<string>? Keys { get; }
    }

    /// <summary>The objects of one kind that env references can point at, plus generators of that kind.</summary>
    private sealed class Source
    {
        private readonly IReadOnlyList<KubernetesObject> _defined;
        private readonly System.Func<KubernetesObject, HashSet<string>?> _keys;
        private readonly ObjectIndex _objects;
        private readonly HashSet<(string Name, string Namespace)> _generated = new();
        private readonly Dictionary<KubernetesObject, HashSet<string>?> _keysOf = new(ObjectIndex.ReferenceComparer.Instance);

        public Source(string kind, ObjectIndex objects, System.Func<KubernetesObject, HashSet<string>?> keys, params string[] generatorKinds)
        {
            Kind = kind;
            _defined = objects.OfKind(kind);
            _objects = objects;
            _keys = keys;
            foreach (var generatorKind in generatorKinds)
            {
                foreach (var generator in objects.OfKind(generatorKind))
                {
                    _generated.Add((GeneratedName(generator), ObjectIndex.NamespaceOf(generator)));
                }
            }
        }

        public string Kind { get; }

        public bool AnyDefined => _defined.Count > 0;

        public Target? Find(string name, KubernetesObject near)
        {
            if (_objects.Find(Kind, name, near) is { } defined)
            {
                // Many containers often read one Secret: its keys are read once.
                if (!_keysOf.TryGetValue(defined, out var keys))
                {
                    _keysOf[defined] = keys = _keys(defined);
                }

                return new Target(keys);
            }

            // Operators create the Secret from these, under the target name or their own.
            return _generated.Contains((name, ObjectIndex.NamespaceOf(near))) ? new Target(null) : null;
        }

        private static string GeneratedName(KubernetesObject generator) =>
            generator.Root.At("spec", "target", "name")?.AsString() ?? generator.Root.At("spec", "template", "metadata", "name")?.AsString() ?? generator.Name;
    }
}

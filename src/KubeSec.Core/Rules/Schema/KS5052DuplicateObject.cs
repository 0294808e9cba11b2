using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Schema;

public sealed class KS5052DuplicateObject : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS5052", "DuplicateObject", "Object is defined more than once", Severity.Medium, RuleCategory.Schema)
    {
        Description = "Two documents of one file define the same kind (and API group), namespace and name: applying the file makes the second silently overwrite the first, so one of the two definitions never takes effect. Files are compared one by one, because separate files of a folder are often alternatives (install.yaml and namespace-install.yaml) rather than applied together.",
        Fix = "Remove one of the two definitions, or give the objects different names or namespaces.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        var first = new Dictionary<string, KubernetesObject>(StringComparer.Ordinal);
        foreach (var obj in objects.All)
        {
            var nameNode = obj.Root["metadata"]?["name"];
            if (nameNode?.AsString() is not { } name)
            {
                continue; // generateName or no name: the server makes each one unique
            }

            // Only documents of one file are surely applied together: files of one folder are often
            // alternatives (install.yaml and namespace-install.yaml, dual-stack variants, overlay patches).
            var ns = obj.Namespace.Length == 0 ? "default" : obj.Namespace;
            var key = obj.FilePath + "\n" + obj.Group + "\n" + obj.Kind + "\n" + ns + "\n" + name;
            if (!first.TryGetValue(key, out var original))
            {
                first[key] = obj;
                continue;
            }

            sink.ReportOn(Rule, obj, nameNode.Region, "metadata.name",
                obj.Describe() + (obj.Namespace.Length > 0 ? " in namespace '" + obj.Namespace + "'" : string.Empty) +
                " is already defined at line " + original.Root.Region.StartLine.ToString(CultureInfo.InvariantCulture) +
                " of this file, and applying both keeps only the last one: remove one definition or rename it.");
        }
    }
}

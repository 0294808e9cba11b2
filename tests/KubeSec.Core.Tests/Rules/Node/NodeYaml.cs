using System.Linq;

namespace KubeSec.Tests.Rules.Node;

/// <summary>Small builders for control-plane static pods and kubelet config files.</summary>
internal static class NodeYaml
{
    /// <summary>
    /// A kubeadm-style static pod; the <c>command:</c> key is at (10,5,10,12), command[0] on line 11 and
    /// the first flag on line 12, column 7.
    /// </summary>
    public static string StaticPod(string program, params string[] flags) =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + program + "\n  namespace: kube-system\nspec:\n  containers:\n  - name: " + program
        + "\n    image: registry.k8s.io/" + program + ":v1.30.0\n    command:\n    - " + program + "\n"
        + string.Concat(flags.Select(f => "    - " + f + "\n"));

    /// <summary>A kubelet config file; <c>kind: KubeletConfiguration</c> is at (2,1,2,27) and the body starts on line 3.</summary>
    public static string Kubelet(string body) =>
        "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n" + body;

    /// <summary>The flags kubeadm writes into kube-apiserver.yaml plus the hardening a CIS review adds.</summary>
    public static readonly string[] HardenedApiServer =
    {
        "--anonymous-auth=false",
        "--authorization-mode=Node,RBAC",
        "--enable-admission-plugins=NodeRestriction",
        "--profiling=false",
        "--audit-log-path=/var/log/kubernetes/audit.log",
        "--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt",
    };
}

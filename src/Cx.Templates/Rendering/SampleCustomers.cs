using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Rules;
using Scriban.Runtime;

namespace Cx.Templates.Rendering
{
    /// <summary>
    /// Sample data synthesized from the variable paths a template uses: three customers who differ in
    /// every field, and variants where one optional personal field is missing. Values look like real
    /// data (names, dates, amounts) so filters such as <c>date.to_string</c> and <c>upcase</c> work.
    /// </summary>
    internal sealed class SampleCustomers
    {
        private static readonly string[] FirstNames = { "Ana", "Bartholomew", "Chen" };
        private static readonly string[] LastNames = { "Silva", "Okonkwo", "Li" };

        private static readonly Regex Identifier = new Regex(
            @"(?:^|_)(?:id|number|no|num|ref|reference|code|token|sku|tracking|url|link|uri|href|key|hash|uuid|guid|slug)$|Id$|Number$|Url$",
            RegexOptions.CultureInvariant);

        private static readonly Regex Numeric = new Regex(
            @"(?:^|_)(?:count|quantity|qty|total|amount|price|cost|balance|points|subtotal|tax|discount|size|age|years|nights|items_count)$",
            RegexOptions.CultureInvariant);

        private static readonly Regex Boolean = new Regex(@"^(?:is|has|can|should)_|^(?:vip|active|enabled|subscribed|verified|paid|premium)$", RegexOptions.CultureInvariant);

        private readonly Node _root = new Node();
        private readonly CxConfiguration _config;
        private readonly HashSet<string> _identifierValues = new HashSet<string>(StringComparer.Ordinal);

        public SampleCustomers(MessageModel model, CxConfiguration config)
        {
            _config = config;
            foreach (var v in model.Variables) Add(v.Path);
        }

        /// <summary>Sample values of identifier fields (order numbers, links): outputs that differ only in these are the same text.</summary>
        public IReadOnlyCollection<string> IdentifierValues => _identifierValues;

        /// <summary>
        /// The optional personal fields: name-like leaves under the customer roots, and bare name
        /// variables. A street or a plan name is always on file; a first name often is not.
        /// </summary>
        public IEnumerable<string> PersonalLeaves()
        {
            foreach (var (path, _) in _root.Leaves(""))
            {
                var root = path.Split('.', '[')[0];
                var leaf = path.Substring(path.LastIndexOf('.') + 1).Replace("[]", "");
                if (!OptionalName.IsMatch(leaf)) continue;
                if (_config.IsCustomerRoot(root) || (path.IndexOf('.') < 0 && path.IndexOf('[') < 0)) yield return path;
            }
        }

        private static readonly Regex OptionalName = new Regex(
            @"^(?:first_?name|firstname|given_?name|last_?name|lastname|surname|family_?name|full_?name|name|nickname|preferred_?name|display_?name|middle_?name|title|salutation|fname|lname|company|company_?name)$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The globals of customer <paramref name="index"/> (0–2), with <paramref name="missing"/> leaves set to null.</summary>
        public ScriptObject Globals(int index, ICollection<string>? missing = null)
        {
            var globals = new ScriptObject();
            foreach (var pair in _root.Children)
                globals[pair.Key] = Build(pair.Value, pair.Key, pair.Key, index, missing);
            return globals;
        }

        private void Add(string path)
        {
            var node = _root;
            foreach (var raw in path.Split('.'))
            {
                var isArray = raw.EndsWith("[]", StringComparison.Ordinal);
                var name = isArray ? raw.Substring(0, raw.IndexOf('[')) : raw;
                if (name.Length == 0) return;
                if (!node.Children.TryGetValue(name, out var child)) node.Children[name] = child = new Node();
                if (isArray) child.IsArray = true;
                node = child;
            }
        }

        private object? Build(Node node, string name, string path, int index, ICollection<string>? missing)
        {
            if (missing != null && missing.Contains(path)) return null;
            if (node.Children.Count == 0 && !node.IsArray) return Leaf(name, path, index);
            if (node.IsArray)
            {
                var array = new ScriptArray();
                for (var i = 0; i < 2; i++)
                {
                    if (node.Children.Count == 0) { array.Add(Leaf(name, path + "[]", index * 2 + i)); continue; }
                    var item = new ScriptObject();
                    foreach (var pair in node.Children)
                        item[pair.Key] = Build(pair.Value, pair.Key, path + "[]." + pair.Key, index * 2 + i, missing);
                    array.Add(item);
                }
                return array;
            }
            var obj = new ScriptObject();
            foreach (var pair in node.Children)
                obj[pair.Key] = Build(pair.Value, pair.Key, path + "." + pair.Key, index, missing);
            return obj;
        }

        private const byte OtherLeaf = 0, TimeLeaf = 1, BooleanLeaf = 2, NumericLeaf = 3, IdentifierLeaf = 4;

        // What kind of value a leaf gets depends only on its name and path, and every render of every
        // template asks again for the same few paths ("customer.first_name"): classify each once per process.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> LeafKinds =
            new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);

        private static byte KindOf(string name, string path, string lower)
        {
            var key = path + "\n" + name;
            if (LeafKinds.TryGetValue(key, out var kind)) return kind;
            if (Signals.IsTimeVariable(new Variable(path, default, false, false, false, false, Array.Empty<string>())) && !Identifier.IsMatch(name)) kind = TimeLeaf;
            else if (Boolean.IsMatch(lower)) kind = BooleanLeaf;
            else if (Numeric.IsMatch(lower)) kind = NumericLeaf;
            else if (Identifier.IsMatch(name)) kind = IdentifierLeaf;
            else kind = OtherLeaf;
            if (LeafKinds.Count < 50_000) LeafKinds[key] = kind;
            return kind;
        }

        private object Leaf(string name, string path, int index)
        {
            var lower = name.ToLowerInvariant();
            var n = index % 3;
            var kind = KindOf(name, path, lower);
            if (kind == TimeLeaf)
                return new DateTime(2026, 3 + index % 9, 9 + index % 19, 9 + index % 8, 30, 0, DateTimeKind.Unspecified);
            if (kind == BooleanLeaf) return index % 2 == 0;
            if (kind == NumericLeaf) return 2 + index * 3;
            if (kind == IdentifierLeaf)
            {
                var id = lower.Contains("url") || lower.Contains("link") || lower.Contains("href") || lower.Contains("uri")
                    ? $"https://example.test/{lower}/{1000 + index}"
                    : $"{lower.ToUpperInvariant()}-{1000 + index}";
                lock (_identifierValues) _identifierValues.Add(id);
                return id;
            }
            if (lower.Contains("email")) return $"{FirstNames[n].ToLowerInvariant()}@example.test";
            if (lower.Contains("phone") || lower.Contains("mobile")) return $"+44 7700 90000{index % 10}";
            if (lower.Contains("last_name") || lower == "lastname" || lower == "surname" || lower == "family_name") return LastNames[n];
            if (lower.Contains("name")) return lower.Contains("full") ? FirstNames[n] + " " + LastNames[n] : FirstNames[n];
            return $"{lower.Replace('_', ' ')} {(char)('A' + index % 26)}";
        }

        private sealed class Node
        {
            public Dictionary<string, Node> Children { get; } = new Dictionary<string, Node>(StringComparer.Ordinal);
            public bool IsArray { get; set; }

            public IEnumerable<(string Path, Node Node)> Leaves(string prefix)
            {
                foreach (var pair in Children)
                {
                    var path = prefix.Length == 0 ? pair.Key : prefix + "." + pair.Key;
                    if (pair.Value.IsArray) path += "[]";
                    if (pair.Value.Children.Count == 0) { yield return (path, pair.Value); continue; }
                    foreach (var leaf in pair.Value.Leaves(path)) yield return leaf;
                }
            }
        }
    }
}

#!/usr/bin/env python3
"""Generates a C# class library for measuring the cost of Cx.Analyzers on a build.

python3 gen-project.py OUT_DIR [--files 2000] [--templates 500] [--seed 1]

OUT_DIR/Bench.csproj is a net10.0 class library of FILES C# files (services, records, LINQ, async
code: what a real codebase of that size compiles). TEMPLATES of the files also carry a customer
message embedded the ways the analyzer finds them: a parameter marked [StringSyntax("scriban")] /
("liquid"), a `// lang=scriban` literal, a [CustomerMessage] member, an interpolated string into a
[StringSyntax] parameter. About a third of the messages have findings. The analyzer is attached
only with -p:CxAnalyzer=true (-p:CxAnalyzerDir=... points at the built analyzer), so the same
project builds with and without it. The same arguments always give the same files.
"""

import argparse
import os
import random
import shutil

GREETINGS = ["Hi {{ customer.first_name ?? \"there\" }},", "Dear valued customer,", "Hello {{ customer.first_name }},",
             "Hi there,", "Good morning {{ customer.first_name ?? \"there\" }},"]
BODIES = [
    "Your order {{ order.number }} left our warehouse on {{ order.shipped_at }} and arrives by {{ order.eta }}.",
    "We will get back to you as soon as possible.",
    "Thanks for your patience. Someone will be in touch shortly.",
    "I have refunded {{ refund.amount }} to your card ending {{ card.last4 }}; you will see it within 3 business days.",
    "Your appointment with {{ agent.first_name }} is on {{ appointment.date }} at {{ appointment.time }}.",
    "Please provide your order number so we can look into this.",
    "Because your plan renews on {{ plan.renews_on }}, we recommend switching to annual billing to save {{ plan.saving }}.",
    "Let us know if you have any questions.",
    "Terms and conditions apply.",
    "Your ticket {{ ticket.id }} is with our billing team; Maya will reply by 5pm today.",
]
CLOSINGS = ["Thanks, {{ agent.first_name }}", "Kind regards, the team", "Best, {{ agent.name }} at {{ store.name }}",
            "Reply to this email if anything looks wrong."]
LIQUID_BODIES = [
    "Your order {{ order.name }} ships {{ order.eta | date: \"%d %B\" }}.",
    "We will be in touch in due course.",
    "{% if customer.first_name %}Hi {{ customer.first_name }},{% else %}Hi there,{% endif %} your refund of {{ refund.amount }} is on its way.",
]

NOUNS = ["Order", "Invoice", "Customer", "Shipment", "Ticket", "Refund", "Plan", "Appointment", "Agent", "Store", "Payment", "Review"]
VERBS = ["Load", "Save", "Validate", "Compute", "Merge", "Filter", "Project", "Score", "Sync", "Archive"]


def template(rng, liquid):
    if liquid:
        greeting = rng.choice(["Hi {{ customer.first_name | default: \"there\" }},", "Hello {{ customer.first_name }},", "Dear valued customer,"])
        return greeting + "\\n\\n" + rng.choice(LIQUID_BODIES) + "\\n\\n" + rng.choice(CLOSINGS[1:])
    body = " ".join(rng.sample(BODIES, rng.randint(1, 3)))
    return rng.choice(GREETINGS) + "\\n\\n" + body + "\\n\\n" + rng.choice(CLOSINGS)


def code_file(rng, i, with_template):
    noun = NOUNS[i % len(NOUNS)]
    name = f"{noun}{VERBS[(i // len(NOUNS)) % len(VERBS)]}Service{i:04d}"
    lines = [
        "using System;",
        "using System.Collections.Generic;",
        "using System.Diagnostics.CodeAnalysis;",
        "using System.Linq;",
        "using System.Threading.Tasks;",
        "",
        f"namespace Bench.{noun}s",
        "{",
        f"    public sealed record {name}Item(int Id, string Name, decimal Amount, DateTime At, IReadOnlyList<string> Tags);",
        "",
        f"    public sealed class {name}",
        "    {",
        f"        private readonly List<{name}Item> _items = new();",
        "        private readonly Dictionary<int, decimal> _totals = new();",
        "",
    ]
    for m in range(rng.randint(1, 3)):
        lines += [
            f"        public async Task<IReadOnlyList<{name}Item>> Step{m}Async(int take, string? filter = null)",
            "        {",
            "            await Task.Yield();",
            f"            var query = _items.Where(x => filter == null || x.Name.Contains(filter, StringComparison.Ordinal))",
            f"                .OrderBy(x => x.At).ThenByDescending(x => x.Amount)",
            f"                .Select(x => x with {{ Amount = Math.Round(x.Amount * {m + 1}.{rng.randint(1, 9)}m, 2) }});",
            "            foreach (var group in query.GroupBy(x => x.Tags.Count))",
            "            {",
            "                _totals[group.Key] = group.Sum(x => x.Amount);",
            "            }",
            "            return query.Take(take).ToList();",
            "        }",
            "",
        ]
    if with_template:
        kind = i % 4
        liquid = i % 7 == 0
        text = template(rng, liquid).replace('"', '\\"')
        syntax = "liquid" if liquid else "scriban"
        if kind == 0:
            lines += [
                f"        public void Send([StringSyntax(\"{syntax}\")] string body) => _ = body.Length;",
                "",
                f"        public void Notify() => Send(\"{text}\");",
            ]
        elif kind == 1:
            lines += [
                "        public string Body()",
                "        {",
                f"            // lang={syntax}",
                f"            var body = \"{text}\";",
                "            return body;",
                "        }",
            ]
        elif kind == 2:
            lines += [
                f"        [CustomerMessage(Kind = \"support-reply\", Channel = \"email\")]",
                f"        public string Reply() => \"{text}\";",
            ]
        else:
            lines += [
                f"        public void Send([StringSyntax(\"scriban\")] string body) => _ = body.Length;",
                "",
                f"        public void Notify({name}Item item) => Send($\"Hi {{item.Name}}, your total is {{item.Amount}}. We will get back to you as soon as possible.\");",
            ]
    lines += ["    }", "}", ""]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--templates", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(os.path.join(a.out, "src"))
    rng = random.Random(f"cx-analyzer-bench:{a.seed}")
    every = a.files / a.templates if a.templates else 0
    chosen = {int(k * every) for k in range(a.templates)} if a.templates else set()
    for i in range(a.files):
        with open(os.path.join(a.out, "src", f"File{i:04d}.cs"), "w") as f:
            f.write(code_file(rng, i, i in chosen))
    with open(os.path.join(a.out, "src", "CustomerMessageAttribute.cs"), "w") as f:
        f.write("namespace Bench\n{\n    [System.AttributeUsage(System.AttributeTargets.All)]\n"
                "    public sealed class CustomerMessageAttribute : System.Attribute\n    {\n"
                "        public string? Kind { get; set; }\n        public string? Channel { get; set; }\n    }\n}\n")
    with open(os.path.join(a.out, "Bench.csproj"), "w") as f:
        f.write("""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <OutputType>Library</OutputType>
    <!-- The analyzer's findings are the point: they must not fail the build. -->
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>$(NoWarn);CS1998;CS0105</NoWarn>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup Condition="'$(CxAnalyzer)' == 'true'">
    <Analyzer Include="$(CxAnalyzerDir)/Cx.Analyzers.dll;$(CxAnalyzerDir)/Cx.Templates.dll;$(CxAnalyzerDir)/Scriban.Signed.dll;$(CxAnalyzerDir)/Markdig.dll;$(CxAnalyzerDir)/YamlDotNet.dll;$(CxAnalyzerDir)/AngleSharp.dll" />
  </ItemGroup>
</Project>
""")
    # Findings are warnings here (some rules default to error): the build must finish either way.
    with open(os.path.join(a.out, ".globalconfig"), "w") as f:
        f.write("is_global = true\n")
        for category in ("Tool", "Attitude", "Responsiveness", "Personalization", "Knowledge", "Insights", "Friction"):
            f.write(f"dotnet_analyzer_diagnostic.category-{category}.severity = warning\n")
    # Isolate from any Directory.Build.props / Directory.Packages.props above.
    for name in ("Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props"):
        with open(os.path.join(a.out, name), "w") as f:
            f.write("<Project />\n")
    print(f"{a.files} files, {len(chosen)} with templates, in {a.out}")


if __name__ == "__main__":
    main()

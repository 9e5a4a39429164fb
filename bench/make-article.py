#!/usr/bin/env python3
"""Writes a ~100 KB French news-style page (6,500-word article with menus, CSS, scripts, sidebar,
footer) to the path given, for the start-up benchmark. Deterministic: same bytes every run.
With a size in bytes as second argument (bench/memory.sh), the article grows until the page comes
just under that size (a few KB below it)."""
import random
import sys

random.seed(42)
WORDS = ("métropole habitants collecte déchets logement transport tramway bus vélo école quartier mairie "
         "service public aide accompagnement famille enfants écoute association numéro gratuit anonyme "
         "semaine horaires lundi mardi mercredi jeudi vendredi samedi dimanche été hiver projet budget "
         "conseil élus réunion démarche formulaire rendez-vous accueil sécurité santé hôpital urgence "
         "culture musée bibliothèque médiathèque sport piscine parc jardin eau énergie chauffage climat").split()

def sentence():
    n = random.randint(8, 22)
    words = [random.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."

def paragraph():
    return " ".join(sentence() for _ in range(random.randint(3, 6)))

out = ['<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Un grand article | Métropole de Lisière</title>',
       '<link rel="canonical" href="https://metropole-lisiere.test/actualites/grand-article">',
       '<style>' + ("body{margin:0;font-family:sans-serif} .menu li{display:inline-block;padding:4px} " * 150) + '</style>',
       '<script>' + ("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)} " * 150) + '</script>',
       '</head><body><div class="cookie-banner"><p>Nous utilisons des cookies.</p><button>Accepter</button></div>',
       '<header><nav aria-label="Menu principal"><ul>']
for i in range(8):
    out.append(f'<li><a href="/rubrique-{i}">Rubrique {i}</a><ul>')
    out.extend(f'<li><a href="/rubrique-{i}/page-{j}">Page {i}.{j}</a></li>' for j in range(8))
    out.append('</ul></li>')
out.append('</ul></nav></header><main><nav class="breadcrumb"><a href="/">Accueil</a> › Actualités</nav><article>')
out.append('<h1>Un grand article</h1><p class="date">Publié le <time datetime="2025-03-04">4 mars 2025</time></p>')
TAIL = 12_000  # bytes after the article (aside, footer, script), kept free below the size asked
size = int(sys.argv[2]) if len(sys.argv) > 2 else 0
written = sum(len(part.encode("utf-8")) + 1 for part in out)
words = 0
section = 1
while words < 6500 or written + TAIL < size - 2048:
    if words // 400 >= section:
        out.append(f'<h2>Partie {section}</h2>')
        written += len(out[-1].encode("utf-8")) + 1
        section += 1
    p = paragraph()
    words += len(p.split())
    out.append(f'<p>{p} Voir <a href="/dossier/{words}">le dossier</a>.</p>')
    written += len(out[-1].encode("utf-8")) + 1
out.append('<p>Pour toute question, appelez le 03 53 01 20 30.</p></article>')
out.append('<aside><h2>Voir aussi</h2><ul>' + "".join(f'<li><a href="/autre/{k}">Autre article {k}</a></li>' for k in range(40)) + '</ul></aside></main>')
out.append('<footer><ul>' + "".join(f'<li><a href="/pied/{k}">Lien de pied de page {k}</a></li>' for k in range(60)) + '</ul><p>Standard 03 53 01 00 99</p></footer>')
out.append('<script>' + ("console.log('analytics');" * 200) + '</script></body></html>')
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("\n".join(out))

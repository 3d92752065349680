"""The one stylesheet and the one small script (served from /static/).

Kept as strings so the package needs no data files. The pages work without
the script; it only submits the sort choice on change and counts ticks.
"""
from __future__ import annotations

import hashlib

CSS = """
*{box-sizing:border-box}
html{font-size:16px}
body{margin:0;font-family:"PT Sans","Segoe UI",Arial,sans-serif;color:#1d232b;background:#f4f5f7;line-height:1.45}
a{color:#14539a}
a:hover{color:#0b3566}
mark{background:#ffe58a;color:inherit;padding:0 1px;border-radius:2px}
header.top{background:#173a5e;color:#fff;padding:.55rem 1.5rem;display:flex;align-items:center;gap:1.2rem;flex-wrap:wrap}
header.top a{color:#fff;text-decoration:none}
header.top .brand{font-size:1.2rem;font-weight:bold}
header.top .brand small{font-weight:normal;opacity:.8;font-size:.85rem;margin-left:.4rem}
header.top nav{margin-left:auto;display:flex;gap:1rem;align-items:center;font-size:.95rem}
header.top nav form{margin:0}
header.top nav button{background:none;border:0;color:#fff;cursor:pointer;font:inherit;text-decoration:underline;padding:0}
.wrap{max-width:1320px;margin:0 auto;padding:1rem 1.5rem}
form.q{display:flex;gap:.5rem;margin:.2rem 0 .3rem}
form.q input[type=search]{flex:1;font-size:1.1rem;padding:.55rem .7rem;border:1px solid #98a2b0;border-radius:4px;min-width:0}
button,.btn{font:inherit;padding:.45rem .9rem;border:1px solid #14539a;background:#14539a;color:#fff;border-radius:4px;cursor:pointer;text-decoration:none;display:inline-block}
button.light,.btn.light{background:#fff;color:#14539a}
button.link{background:none;border:0;color:#a33;padding:0;cursor:pointer;font-size:.85rem}
.hint{color:#5c6673;font-size:.85rem;margin:0 0 .8rem}
.cols{display:grid;grid-template-columns:270px 1fr;gap:1.4rem;align-items:start}
aside{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:.6rem .9rem;font-size:.92rem}
aside h3{font-size:.95rem;margin:.7rem 0 .25rem;color:#3b4552}
aside ul{list-style:none;margin:0;padding:0}
aside li{margin:.1rem 0;display:flex;justify-content:space-between;gap:.4rem}
aside li.sub{padding-left:1rem}
aside li a{text-decoration:none;overflow:hidden;text-overflow:ellipsis}
aside li a.on{font-weight:bold;color:#0b3566}
aside li a.on::before{content:"✓ "}
aside .n{color:#6b7480;font-size:.85rem;white-space:nowrap}
aside details summary{cursor:pointer;color:#14539a;font-size:.85rem;margin:.2rem 0}
aside form label{display:block;font-size:.85rem;color:#4a5360;margin-top:.3rem}
aside form input{width:100%;padding:.25rem .35rem;border:1px solid #b6bec8;border-radius:3px;font:inherit;font-size:.9rem}
aside form button{margin-top:.5rem;font-size:.9rem;padding:.3rem .7rem}
.chips{display:flex;flex-wrap:wrap;gap:.4rem;margin:.2rem 0 .6rem}
.chip{background:#e5edf7;border-radius:12px;padding:.1rem .6rem;font-size:.85rem;text-decoration:none;color:#173a5e}
a.chip::after{content:" ✕";color:#7a8594}
.summary{display:flex;justify-content:space-between;align-items:baseline;flex-wrap:wrap;gap:.5rem;margin-bottom:.4rem}
.summary .sort a,.summary .sort b{margin-left:.5rem}
.note{background:#fff8e1;border-left:3px solid #e0b100;padding:.4rem .7rem;margin:.4rem 0;font-size:.92rem}
.ok{background:#e8f5e9;border-left:3px solid #2e7d32;padding:.4rem .7rem;margin:.4rem 0}
.err{background:#fdecea;border-left:3px solid #c62828;padding:.4rem .7rem;margin:.4rem 0}
ol.hits{list-style:none;margin:0;padding:0}
.hit{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:.6rem .9rem;margin-bottom:.55rem;display:flex;gap:.7rem}
.hit input[type=checkbox]{margin-top:.35rem;transform:scale(1.2)}
.hit .req{font-size:.9rem;color:#3b4552}
.hit .req b{color:#173a5e}
.hit h2{font-size:1.05rem;margin:.1rem 0 .15rem;font-weight:600}
.hit h2 a{text-decoration:none}
.hit .body{font-size:.88rem;color:#5c6673}
.hit .snip{font-size:.92rem;margin:.25rem 0;color:#2b323b}
.rub{display:inline-block;background:#eef1f4;border-radius:3px;padding:0 .4rem;margin:.1rem .25rem .1rem 0;font-size:.8rem;color:#3b4552}
.rub.manual{background:#e6f4ea}
.rub.status-repealed_by{background:#fbe9e7;color:#8a1c0c}
.rub.status-amended_by{background:#fff4e0}
.meta{font-size:.8rem;color:#7a8594}
.bar{display:flex;gap:.6rem;align-items:center;margin:.4rem 0 .7rem}
.pager{display:flex;gap:1rem;justify-content:center;margin:1rem 0}
.card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:1rem 1.3rem;margin-bottom:1rem}
.card h1{font-size:1.3rem;margin:.2rem 0 .6rem}
.card h2{font-size:1.05rem;margin:1rem 0 .4rem;color:#3b4552}
table.req{border-collapse:collapse}
table.req th{text-align:left;font-weight:normal;color:#5c6673;padding:.15rem 1rem .15rem 0;vertical-align:top;white-space:nowrap}
table.req td{padding:.15rem 0}
.fulltext{white-space:pre-wrap;font-family:inherit;font-size:.95rem;background:#fafbfc;border:1px solid #e4e7eb;padding:.8rem 1rem;border-radius:4px;max-height:70vh;overflow:auto}
ul.rubrics{list-style:none;margin:0;padding:0}
ul.rubrics li{margin:.25rem 0}
ul.rubrics .rub{font-size:.9rem}
details.why{display:inline-block;vertical-align:top;margin-left:.4rem;font-size:.85rem}
details.why summary{cursor:pointer;color:#14539a}
details.why ul{margin:.2rem 0 .2rem 1.2rem;padding:0}
.cardtop{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem}
.actions{display:flex;gap:.6rem;align-items:center;flex-wrap:wrap}
.back{margin:.2rem 0 .6rem}
ul.similar{list-style:none;margin:0;padding:0}
ul.similar li{margin:.5rem 0;font-size:.9rem;line-height:1.3}
.grid2{display:grid;grid-template-columns:1fr 330px;gap:1.2rem;align-items:start}
form.edit label{display:block;font-size:.85rem;color:#4a5360;margin-top:.4rem}
form.edit input,form.edit select,form.edit textarea{width:100%;font:inherit;padding:.3rem .4rem;border:1px solid #b6bec8;border-radius:3px}
form.inline{display:inline}
table.report{border-collapse:collapse;width:100%;font-size:.9rem;background:#fff}
table.report th,table.report td{border:1px solid #dde1e6;padding:.25rem .5rem;text-align:left;vertical-align:top}
.login{max-width:380px;margin:2rem auto}
.login input{width:100%;font:inherit;padding:.4rem;margin:.2rem 0 .6rem;border:1px solid #b6bec8;border-radius:3px}
footer{color:#7a8594;font-size:.8rem;text-align:center;padding:1rem}
@media (max-width:900px){.cols,.cardtop{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem}
.actions{display:flex;gap:.6rem;align-items:center;flex-wrap:wrap}
.back{margin:.2rem 0 .6rem}
ul.similar{list-style:none;margin:0;padding:0}
ul.similar li{margin:.5rem 0;font-size:.9rem;line-height:1.3}
.grid2{grid-template-columns:1fr}}
@media print{header.top,aside,.noprint,form.q,.hint,footer{display:none}body{background:#fff}.card,.hit{border:0;padding:0}.wrap{max-width:none;padding:0}}
"""

JS = """
document.addEventListener('change',function(e){var t=e.target;
if(t.matches&&t.matches('[data-autosubmit]')){t.form.submit();}
if(t.matches&&t.matches('.hit input[type=checkbox]')){var n=document.querySelectorAll('.hit input[type=checkbox]:checked').length;
document.querySelectorAll('[data-count]').forEach(function(b){b.textContent=b.getAttribute('data-label')+(n?' ('+n+')':'');});}});
document.addEventListener('click',function(e){if(e.target.matches&&e.target.matches('[data-print]')){e.preventDefault();window.print();}});
"""

FILES = {
    "app.css": ("text/css; charset=utf-8", CSS.strip().encode("utf-8")),
    "app.js": ("text/javascript; charset=utf-8", JS.strip().encode("utf-8")),
}
VERSION = hashlib.sha256(b"".join(v for _, v in FILES.values())).hexdigest()[:10]

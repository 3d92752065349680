document.addEventListener('change',function(e){var t=e.target;
if(t.matches&&t.matches('[data-autosubmit]')){t.form.submit();}
if(t.matches&&t.matches('.hit input[type=checkbox]')){var n=document.querySelectorAll('.hit input[type=checkbox]:checked').length;
document.querySelectorAll('[data-count]').forEach(function(b){b.textContent=b.getAttribute('data-label')+(n?' ('+n+')':'');});}});
document.addEventListener('click',function(e){if(e.target.matches&&e.target.matches('[data-print]')){e.preventDefault();window.print();}});
(function(){var f=document.getElementById('filters');if(!f||!window.matchMedia)return;
var narrow=window.matchMedia('(max-width:760px)');function fit(){f.open=!narrow.matches;}
fit();if(narrow.addEventListener)narrow.addEventListener('change',fit);})();
document.querySelectorAll('[data-copy],[data-print]').forEach(function(b){b.hidden=false;});
document.addEventListener('focusin',function(e){if(e.target.matches&&e.target.matches('.citation textarea'))e.target.select();});
document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('[data-copy]');if(!b)return;
var t=document.getElementById(b.getAttribute('data-copy'));if(!t)return;t.focus();t.select();
var done=function(){var was=b.textContent;b.textContent=b.getAttribute('data-done');setTimeout(function(){b.textContent=was;},1500);};
if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(t.value).then(done,function(){if(document.execCommand('copy'))done();});}
else if(document.execCommand('copy')){done();}});

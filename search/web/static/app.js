document.addEventListener('change',function(e){var t=e.target;
if(t.matches&&t.matches('[data-autosubmit]')){t.form.submit();}
if(t.matches&&t.matches('.hit input[type=checkbox]')){var n=document.querySelectorAll('.hit input[type=checkbox]:checked').length;
document.querySelectorAll('[data-count]').forEach(function(b){b.textContent=b.getAttribute('data-label')+(n?' ('+n+')':'');});}});
document.addEventListener('click',function(e){if(e.target.matches&&e.target.matches('[data-print]')){e.preventDefault();window.print();}});
(function(){var f=document.getElementById('filters');if(!f||!window.matchMedia)return;
var narrow=window.matchMedia('(max-width:760px)');function fit(){f.open=!narrow.matches;}
fit();if(narrow.addEventListener)narrow.addEventListener('change',fit);})();

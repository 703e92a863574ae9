import re,glob,os
os.chdir('/work/wt/lint/crates/fim-core/src/lint')
rules=[]
for p in sorted(glob.glob('rules/*.rs')):
    if p.endswith('mod.rs'): continue
    s=open(p).read()
    m=re.search(r'pub struct (\w+) \{\s*code: "(\d+)"',s)
    rules.append((m.group(2),os.path.basename(p)[:-3],m.group(1)))
rules.sort()
mod='//! One file per rule; see [`super::registry::RULES`] for the table.\n'
mod+=''.join(f'mod {f};\n' for _,f,_ in sorted(rules,key=lambda r:r[1]))+'\n'
mod+=''.join(f'pub use {f}::{s};\n' for _,f,s in sorted(rules,key=lambda r:r[1]))
open('rules/mod.rs','w').write(mod)
r=open('registry.rs').read()
table='pub static RULES: &[&dyn QsRule] = &[\n'+''.join(f'    &{s},\n' for _,_,s in rules)+'];'
r=re.sub(r'pub static RULES: &\[&dyn QsRule\] = &\[.*?\];',table,r,flags=re.S)
open('registry.rs','w').write(r)
print(len(rules))

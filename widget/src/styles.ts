/**
 * The widget's styles, inside its shadow root. Host-page rules cannot reach elements in the shadow tree, and the
 * host element itself is reset with `all: initial !important` (in the cascade, a shadow tree's !important rules
 * beat the page's), so nothing is inherited from the page either. The accent colour arrives as --cl-accent.
 */
export const CSS = `
:host{all:initial!important;display:block!important;position:static!important;visibility:visible!important;opacity:1!important;transform:none!important}
.cl{all:initial;box-sizing:border-box;position:fixed;right:20px;bottom:20px;z-index:2147483000;width:392px;max-width:calc(100vw - 32px);
 background:#fff;color:#0f172a;border-radius:16px;border:1px solid rgba(15,23,42,.08);
 box-shadow:0 18px 48px -12px rgba(15,23,42,.28),0 4px 12px rgba(15,23,42,.08);
 font:400 15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
 -webkit-font-smoothing:antialiased;text-align:left;direction:ltr;overflow:hidden;
 animation:cl-in .28s cubic-bezier(.2,.8,.2,1)}
.cl *,.cl *::before,.cl *::after{box-sizing:border-box;font:inherit;color:inherit;margin:0;padding:0;letter-spacing:normal;text-transform:none}
.bar{display:block;height:4px;background:var(--cl-accent)}
.in{display:block;padding:18px 20px 18px}
.top{display:flex;align-items:flex-start;justify-content:space-between;gap:12px}
.brand{display:block;font-size:12px;font-weight:600;color:#64748b;letter-spacing:.04em;text-transform:uppercase;margin-bottom:4px}
.q{display:block;flex:1;font-size:16px;font-weight:600;line-height:1.4;color:#0f172a;outline:none}
.x{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;flex:none;width:30px;height:30px;margin:-4px -8px 0 0;
 border-radius:8px;color:#64748b;cursor:pointer;font-size:20px;line-height:1}
.x:hover{background:#f1f5f9;color:#0f172a}
.x:focus-visible,.s:focus-visible,.btn:focus-visible,.cl textarea:focus-visible{outline:2px solid var(--cl-accent);outline-offset:2px}
.scale{display:grid;grid-template-columns:repeat(var(--cl-n),1fr);gap:5px;margin-top:16px}
.s{all:unset;box-sizing:border-box;display:flex;align-items:center;justify-content:center;height:38px;min-width:0;border-radius:8px;
 border:1px solid #cbd5e1;background:#fff;color:#0f172a;font-size:14px;font-weight:600;cursor:pointer;transition:background .12s,border-color .12s,color .12s}
.s:hover{border-color:var(--cl-accent);background:var(--cl-tint)}
.s[aria-pressed=true]{background:var(--cl-accent);border-color:var(--cl-accent);color:var(--cl-on)}
.ends{display:flex;justify-content:space-between;gap:12px;margin-top:8px;font-size:12px;color:#64748b}
.lbl{display:block;font-size:15px;font-weight:600;margin:2px 0 10px}
.chip{display:inline-block;margin-bottom:8px;padding:2px 9px;border-radius:999px;background:var(--cl-tint);color:#0f172a;font-size:12px;font-weight:600}
.cl textarea{display:block;width:100%;min-height:88px;resize:vertical;padding:10px 12px;border:1px solid #cbd5e1;border-radius:10px;background:#fff;color:#0f172a;font-size:14px;line-height:1.45}
.cl textarea:focus{border-color:var(--cl-accent)}
.acts{display:flex;justify-content:flex-end;align-items:center;gap:8px;margin-top:12px}
.btn{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;height:36px;padding:0 16px;border-radius:9px;
 font-size:14px;font-weight:600;cursor:pointer}
.pri{background:var(--cl-accent);color:var(--cl-on)}
.pri:hover{filter:brightness(1.08)}
.sec{color:#475569}
.sec:hover{background:#f1f5f9}
.done{display:flex;align-items:center;gap:12px;padding:4px 0}
.ok{display:inline-flex;flex:none;align-items:center;justify-content:center;width:36px;height:36px;border-radius:999px;background:var(--cl-accent);color:var(--cl-on);font-size:18px;font-weight:700}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@keyframes cl-in{from{opacity:0;transform:translateY(12px)}to{opacity:1;transform:none}}
@media (prefers-reduced-motion:reduce){.cl{animation:none}.s{transition:none}}
@media (max-width:420px){.cl{right:8px;left:8px;bottom:8px;width:auto;max-width:none}.scale{gap:3px}.s{height:34px;font-size:13px}}
`;

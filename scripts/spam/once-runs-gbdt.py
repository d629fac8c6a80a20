import numpy as np
def fit_tree(B,g,h,depth,qs,lam=1.0,minleaf=20):
  n_int=2**depth-1; nb=B.max()+1
  f=[0]*n_int; t=[None]*n_int
  idx={0:np.arange(len(g))}
  for node in range(n_int):
    ids=idx.get(node)
    best=None
    if ids is not None and len(ids)>=2*minleaf:
      G=g[ids].sum(); H=h[ids].sum(); base=G*G/(H+lam)
      for j in range(B.shape[1]):
        b=B[ids,j]
        gh=np.bincount(b,weights=g[ids],minlength=nb); hh=np.bincount(b,weights=h[ids],minlength=nb); cc=np.bincount(b,minlength=nb)
        Gl=np.cumsum(gh)[:-1]; Hl=np.cumsum(hh)[:-1]; Cl=np.cumsum(cc)[:-1]
        ok=(Cl>=minleaf)&(len(ids)-Cl>=minleaf)
        if not ok.any(): continue
        gain=Gl**2/(Hl+lam)+(G-Gl)**2/(H-Hl+lam)-base
        gain[~ok]=-1
        k=int(gain.argmax())
        if best is None or gain[k]>best[0]: best=(gain[k],j,k)
    if best and best[0]>1e-6:
      j,k=best[1],best[2]
      f[node]=j; t[node]=float(qs[j][k]); m=B[ids,j]>k
      l,r=ids[~m],ids[m]
    else:
      l,r=ids,None
    idx[2*node+1]=l; idx[2*node+2]=r
  v=[]
  for leaf in range(2**depth):
    ids=idx.get(n_int+leaf)
    v.append(0.0 if ids is None or len(ids)==0 else float(-g[ids].sum()/(h[ids].sum()+lam)))
  return {'f':f,'t':t,'v':v}
def score(model,X):
  z=np.full(len(X),float(model['base']))
  d=model['depth']; n_int=2**d-1
  for tr in model['trees']:
    node=np.zeros(len(X),dtype=int)
    th=np.array([x if x is not None else np.inf for x in tr['t']]); fj=np.array(tr['f'])
    for _ in range(d):
      go=X[np.arange(len(X)),fj[node]]>th[node]
      node=2*node+1+go
    z+=np.array(tr['v'])[node-n_int]
  return z
def fit(X,y,w,depth=3,n=150,lr=0.1,minleaf=20):
  # thresholds: unique quantiles; bin k means x > qs[k-1] and x <= qs[k]
  qs=[np.unique(np.quantile(X[:,j],np.linspace(0.02,0.98,33))) for j in range(X.shape[1])]
  B=np.stack([np.searchsorted(qs[j],X[:,j],side='left') for j in range(X.shape[1])],1)
  # B=k means qs[k-1] < x <= qs[k]; split "bin > k" == x > qs[k]
  p0=(w*y).sum()/w.sum(); base=float(np.log(p0/(1-p0)))
  model={'depth':depth,'trees':[],'base':base}
  z=np.full(len(y),base)
  for i in range(n):
    p=1/(1+np.exp(-z)); g=w*(p-y); h=w*p*(1-p)
    tr=fit_tree(B,g,h,depth,qs,minleaf=minleaf)
    tr['v']=[lr*x for x in tr['v']]
    model['trees'].append(tr)
    z=z+score({'depth':depth,'trees':[tr],'base':0},X)
  return model

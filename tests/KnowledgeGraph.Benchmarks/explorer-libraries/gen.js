function gen(m){let n=Math.floor(m/2),s=12345;const r=()=>{s=(s*1103515245+12345)&0x7fffffff;return s/0x7fffffff};
const nodes=[];for(let i=0;i<n;i++)nodes.push({id:'n'+i,x:r()*4000,y:r()*4000});const edges=[];for(let j=0;j<m;j++){edges.push({id:'e'+j,s:'n'+Math.floor(r()*n),t:'n'+Math.floor(r()*n)});}return {nodes,edges};}
